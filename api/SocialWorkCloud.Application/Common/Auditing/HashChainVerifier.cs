using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Common.Auditing;

/// <summary>
/// The first place where a chain does not hold. <see cref="Problem"/>: "position" (a row missing or inserted: the
/// positions jump), "previous-hash" (the row does not link to the row before it), "content" (the row's content no
/// longer gives its hash: edited), "head" (rows missing at the end, or the head itself changed).
/// <see cref="RowId"/> is null for "head".
/// </summary>
public sealed record ChainBreak(Guid? RowId, long Position, string Problem, string Expected, string Found);

/// <summary>A chain's verification: ok with its row count and last hash (worth noting down outside the database), or its first break.</summary>
public sealed record ChainVerification(string Chain, bool Ok, long Count, string LastHash, ChainBreak? FirstBreak);

public static class HashChainVerifier
{
    public static Task<ChainVerification> FacilityAuditAsync(AppDbContext db, Guid facilityId, CancellationToken ct) =>
        VerifyAsync(db, "audit", HashChain.AuditChain(facilityId),
            upTo => db.OfFacility<AuditEntry>(facilityId).Where(e => e.ChainPosition <= upTo).OrderBy(e => e.ChainPosition).ThenBy(e => e.Id).AsAsyncEnumerable(), ct);

    public static Task<ChainVerification> LedgerAsync(AppDbContext db, Guid facilityId, CancellationToken ct) =>
        VerifyAsync(db, "ledger", HashChain.LedgerChain(facilityId),
            upTo => db.OfFacility<LedgerEntry>(facilityId).Where(e => e.ChainPosition <= upTo).OrderBy(e => e.ChainPosition).ThenBy(e => e.Id).AsAsyncEnumerable(), ct);

    public static Task<ChainVerification> PlatformAuditAsync(AppDbContext db, CancellationToken ct) =>
        VerifyAsync(db, "platform-audit", HashChain.PlatformAuditChain,
            upTo => db.PlatformAuditEntries.AsNoTracking().Where(e => e.ChainPosition <= upTo).OrderBy(e => e.ChainPosition).ThenBy(e => e.Id).AsAsyncEnumerable(), ct);

    /// <summary>
    /// Reads the chain's head first, then walks the rows up to it in chain order, recomputing each hash, and compares the
    /// end with the head. Rows appended after the head was read (writers go on meanwhile) are left for the next run.
    /// </summary>
    public static async Task<ChainVerification> VerifyAsync<T>(AppDbContext db, string name, string chain, Func<long, IAsyncEnumerable<T>> rowsUpTo, CancellationToken ct)
        where T : IHashChained
    {
        var head = await db.ChainHeads.AsNoTracking().Where(h => h.Chain == chain).Select(h => new { h.Length, h.LastHash }).SingleOrDefaultAsync(ct);
        var headLength = head?.Length ?? 0;
        var headHash = head?.LastHash ?? HashChain.Genesis;
        var rows = rowsUpTo(headLength);
        long count = 0;
        var last = HashChain.Genesis;
        await foreach (var row in rows.WithCancellation(ct))
        {
            var position = count + 1;
            var id = RowId(row);
            if (row.ChainPosition != position)
                return Broken(name, count, last, new ChainBreak(id, position, "position", position.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    row.ChainPosition.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (row.PreviousHash != last) return Broken(name, count, last, new ChainBreak(id, position, "previous-hash", last, row.PreviousHash));
            var recomputed = HashChain.HashOf(row.PreviousHash, row);
            if (recomputed != row.Hash) return Broken(name, count, last, new ChainBreak(id, position, "content", row.Hash, recomputed));
            last = row.Hash;
            count = position;
        }
        if (headLength != count || headHash != last)
            return Broken(name, count, last, new ChainBreak(null, Math.Max(headLength, count), "head", headHash, last));
        return new ChainVerification(name, true, count, last, null);
    }

    private static ChainVerification Broken(string name, long count, string last, ChainBreak at) => new(name, false, count, last, at);

    private static Guid RowId(IHashChained row) => row switch
    {
        AuditEntry a => a.Id,
        PlatformAuditEntry p => p.Id,
        LedgerEntry l => l.Id,
        _ => Guid.Empty,
    };
}
