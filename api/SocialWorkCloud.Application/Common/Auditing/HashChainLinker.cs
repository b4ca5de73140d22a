using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Common.Auditing;

/// <summary>
/// Seals the rows being added to hash chains, inside the saving transaction: per chain (in a fixed order, so two
/// saves touching the same chains cannot deadlock) it takes the chain's lock, reads the head, gives each new row
/// the next position, the previous hash and its own hash, and moves the head. The lock is a transaction-scoped
/// PostgreSQL advisory lock or SQL Server applock, released at commit or rollback; SQLite needs none (its
/// transactions begin IMMEDIATE, one writer at a time). So two writers never link to the same previous row.
/// </summary>
internal static class HashChainLinker
{
    /// <summary>The advisory-lock class of hash chains ("swch"); the chain is the second key.</summary>
    private const int PostgresLockClass = 0x73776368;

    public static List<IHashChained> Pending(AppDbContext db) =>
        db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is IHashChained).Select(e => (IHashChained)e.Entity).ToList();

    public static async Task LinkAsync(AppDbContext db, IReadOnlyList<IHashChained> rows, CancellationToken ct)
    {
        // The tenant interceptor stamps the facility later; the chain needs it now (without one it refuses the save anyway).
        foreach (var owned in rows.OfType<ITenantOwned>())
        {
            if (owned.FacilityId == Guid.Empty && db.CurrentFacilityId is { } facility) owned.FacilityId = facility;
        }
        var chains = rows.Where(r => r is not ITenantOwned { FacilityId: var f } || f != Guid.Empty)
            .GroupBy(HashChain.ChainOf).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var chain in chains)
        {
            await LockAsync(db, chain.Key, ct);
            var head = await db.ChainHeads.AsNoTracking().Where(h => h.Chain == chain.Key)
                .Select(h => new { h.Length, h.LastHash }).SingleOrDefaultAsync(ct);
            var length = head?.Length ?? 0;
            var last = head?.LastHash ?? HashChain.Genesis;
            foreach (var row in chain)
            {
                HashChain.Normalise(row);
                row.ChainPosition = ++length;
                row.PreviousHash = last;
                row.Hash = last = HashChain.HashOf(row.PreviousHash, row);
            }
            await MoveHeadAsync(db, chain.Key, head is not null, length, last, ct);
        }
    }

    /// <summary>Serialises appends to one chain until the transaction ends.</summary>
    public static async Task LockAsync(AppDbContext db, string chain, CancellationToken ct)
    {
        switch (db.Database.ProviderName)
        {
            case "Npgsql.EntityFrameworkCore.PostgreSQL":
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0}, {1})", [PostgresLockClass, LockKey(chain)], ct);
                break;
            case "Microsoft.EntityFrameworkCore.SqlServer":
                await db.Database.ExecuteSqlRawAsync(
                    "EXEC sp_getapplock @Resource = {0}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000", ["swc-chain/" + chain], ct);
                break;
        }
    }

    /// <summary>Moves (or creates) the head in the same transaction as the rows.</summary>
    public static async Task MoveHeadAsync(AppDbContext db, string chain, bool exists, long length, string lastHash, CancellationToken ct)
    {
        if (exists)
        {
            await db.ChainHeads.Where(h => h.Chain == chain)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Length, length).SetProperty(h => h.LastHash, lastHash), ct);
            return;
        }
        var tracked = db.ChainHeads.Local.FirstOrDefault(h => h.Chain == chain);
        if (tracked is null) db.ChainHeads.Add(new ChainHead { Chain = chain, Length = length, LastHash = lastHash });
        else
        {
            tracked.Length = length;
            tracked.LastHash = lastHash;
        }
    }

    private static int LockKey(string chain) => BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(chain)));
}
