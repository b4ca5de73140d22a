using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Common.Auditing;

/// <summary>
/// Seals the rows written before the chains existed (position 0), at startup after migrating: per chain, in the
/// order they were written (time, then id), appended after the chain's head, each chain in its own transaction.
/// Nothing to do on a database already sealed.
/// </summary>
public static class HashChainBackfill
{
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        var sealedRows = 0;
        var auditFacilities = await db.AuditEntries.IgnoreQueryFilters().Where(e => e.ChainPosition == 0).Select(e => e.FacilityId).Distinct().ToListAsync(ct);
        foreach (var facility in auditFacilities)
        {
            sealedRows += await SealAsync(db, HashChain.AuditChain(facility),
                db.AuditEntries.IgnoreQueryFilters().Where(e => e.FacilityId == facility && e.ChainPosition == 0).OrderBy(e => e.At).ThenBy(e => e.Id),
                (id, p, prev, hash) => db.AuditEntries.IgnoreQueryFilters().Where(e => e.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.ChainPosition, p).SetProperty(e => e.PreviousHash, prev).SetProperty(e => e.Hash, hash), ct), ct);
        }
        var ledgerFacilities = await db.LedgerEntries.IgnoreQueryFilters().Where(e => e.ChainPosition == 0).Select(e => e.FacilityId).Distinct().ToListAsync(ct);
        foreach (var facility in ledgerFacilities)
        {
            sealedRows += await SealAsync(db, HashChain.LedgerChain(facility),
                db.LedgerEntries.IgnoreQueryFilters().Where(e => e.FacilityId == facility && e.ChainPosition == 0).OrderBy(e => e.RecordedAt).ThenBy(e => e.Id),
                (id, p, prev, hash) => db.LedgerEntries.IgnoreQueryFilters().Where(e => e.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.ChainPosition, p).SetProperty(e => e.PreviousHash, prev).SetProperty(e => e.Hash, hash), ct), ct);
        }
        if (await db.PlatformAuditEntries.AnyAsync(e => e.ChainPosition == 0, ct))
        {
            sealedRows += await SealAsync(db, HashChain.PlatformAuditChain,
                db.PlatformAuditEntries.Where(e => e.ChainPosition == 0).OrderBy(e => e.At).ThenBy(e => e.Id),
                (id, p, prev, hash) => db.PlatformAuditEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.ChainPosition, p).SetProperty(e => e.PreviousHash, prev).SetProperty(e => e.Hash, hash), ct), ct);
        }
        return sealedRows;
    }

    private static Task<int> SealAsync<T>(AppDbContext db, string chain, IQueryable<T> unsealed, Func<Guid, long, string, string, Task<int>> write, CancellationToken ct)
        where T : class, Domain.Common.IHashChained =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await HashChainLinker.LockAsync(db, chain, token);
            var head = await db.ChainHeads.AsNoTracking().Where(h => h.Chain == chain).Select(h => new { h.Length, h.LastHash }).SingleOrDefaultAsync(token);
            var length = head?.Length ?? 0;
            var last = head?.LastHash ?? HashChain.Genesis;
            var rows = await unsealed.AsNoTracking().ToListAsync(token);
            foreach (var row in rows)
            {
                row.ChainPosition = ++length;
                row.PreviousHash = last;
                row.Hash = last = HashChain.HashOf(last, row);
                await write(IdOf(row), row.ChainPosition, row.PreviousHash, row.Hash);
            }
            await HashChainLinker.MoveHeadAsync(db, chain, head is not null, length, last, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            db.ChangeTracker.Clear();
            return rows.Count;
        }, ct);

    private static Guid IdOf(object row) => row switch
    {
        AuditEntry a => a.Id,
        PlatformAuditEntry p => p.Id,
        LedgerEntry l => l.Id,
        _ => Guid.Empty,
    };
}
