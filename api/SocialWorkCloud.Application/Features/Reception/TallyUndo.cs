using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reception;

namespace SocialWorkCloud.Application.Features.Reception;

/// <summary>
/// The tally screen's undo: the tally ledger is append-only, so taking a tap back adds a compensating entry with the
/// tap's point, kind and day and the negative count. Only the person who tapped may undo it, within a minute of the tap
/// (the screen offers ten seconds; the rest is room for a queue replayed late), and only once.
/// </summary>
internal static class TallyUndo
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static async Task<List<ReceptionTally>> CompensateAsync(
        AppDbContext db, ICurrentUser user, IReadOnlyList<TallyEntry> undos, IReadOnlyList<ReceptionTally> tapsInBatch, TallySource source,
        DateTimeOffset now, CancellationToken ct)
    {
        if (undos.Count == 0) return [];
        if (user.UserId is null) throw new ForbiddenException("tally-undo-people-only");
        var targetIds = undos.Select(u => u.Undoes!.Value).Distinct().ToList();
        var stored = await db.ReceptionTallies.AsNoTracking().Where(t => targetIds.Contains(t.ClientEntryId)).ToListAsync(ct);
        var targets = stored.Concat(tapsInBatch.Where(t => targetIds.Contains(t.ClientEntryId))).ToDictionary(t => t.ClientEntryId);
        var undone = (await db.ReceptionTallies.AsNoTracking().Where(t => t.UndoesEntryId != null && targetIds.Contains(t.UndoesEntryId.Value))
            .Select(t => t.UndoesEntryId!.Value).ToListAsync(ct)).ToHashSet();

        var compensations = new List<ReceptionTally>();
        foreach (var undo in undos)
        {
            var tapId = undo.Undoes!.Value;
            if (!targets.TryGetValue(tapId, out var tap) || tap.UndoesEntryId is not null) throw new BusinessRuleException("tally-undo-unknown");
            if (tap.RecordedById != user.UserId) throw new ForbiddenException("tally-undo-not-own");
            if (undo.OccurredAt - tap.OccurredAt > Window || undo.OccurredAt < tap.OccurredAt) throw new BusinessRuleException("tally-undo-too-late");
            // Undone already (a second undo, or the same undo under a new id): nothing more to take back.
            if (!undone.Add(tapId)) continue;
            compensations.Add(new ReceptionTally
            {
                FacilityId = tap.FacilityId, ClientEntryId = undo.Id, PointId = tap.PointId, Kind = tap.Kind, Count = -tap.Count,
                OccurredAt = undo.OccurredAt.ToUniversalTime(), Date = tap.Date, Source = source, ReceivedAt = now, RecordedById = user.UserId,
                UndoesEntryId = tapId,
            });
        }
        return compensations;
    }
}
