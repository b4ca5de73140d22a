using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Facilities;

/// <summary>
/// A unit's history, append-only: a change is recorded with its decision and effective date (back-dating
/// is allowed), a mistake is corrected by a new entry pointing at it or withdrawn by a retraction, and
/// the original stays visible. Load a facility's entries, call <see cref="Record"/>, <see cref="Correct"/>
/// or <see cref="Retract"/>, and save the entry it returns. The static readers serve any list of entries
/// (the KPI engine does the same in SQL).
/// </summary>
public sealed class UnitStatusHistory(IEnumerable<UnitStatusChange> entries)
{
    private readonly List<UnitStatusChange> _entries = entries.ToList();

    public IReadOnlyList<UnitStatusChange> Entries => _entries;

    /// <summary>The entries in force, in date order.</summary>
    public IReadOnlyList<UnitStatusChange> InForce => Effective(_entries);

    public UnitStatus StatusOnDate(DateOnly date) => StatusOn(_entries, date);

    /// <summary>Records a change. Refused (<c>unit-change-same-day</c>) when a change in force takes effect on the same date: correct that one instead.</summary>
    public UnitStatusChange Record(UnitStatusFacts facts, string? note, DateTimeOffset recordedAt, Guid? recordedBy)
    {
        if (InForce.Any(e => e.EffectiveDate == facts.EffectiveDate)) throw new DomainRuleException("unit-change-same-day", facts.EffectiveDate);
        return Add(UnitStatusChange.Record(facts, note, recordedAt, recordedBy));
    }

    /// <summary>Replaces an entry with corrected facts. Refused for a retraction and for an entry corrected already (<c>unit-change-corrected</c>: correct the latest one).</summary>
    public UnitStatusChange Correct(Guid entryId, UnitStatusFacts facts, string reason, string? note, DateTimeOffset recordedAt, Guid? recordedBy) =>
        Add(Correctable(entryId).CorrectedBy(facts, reason, note, recordedAt, recordedBy));

    /// <summary>Withdraws an entry that was wrong altogether; the same refusals as <see cref="Correct"/>.</summary>
    public UnitStatusChange Retract(Guid entryId, string reason, string? note, DateTimeOffset recordedAt, Guid? recordedBy) =>
        Add(Correctable(entryId).RetractedBy(reason, note, recordedAt, recordedBy));

    private UnitStatusChange Correctable(Guid entryId)
    {
        var entry = _entries.SingleOrDefault(e => e.Id == entryId) ?? throw new DomainRuleException("unit-change-unknown", entryId);
        if (entry.IsRetraction) throw new DomainRuleException("retraction-not-correctable");
        if (_entries.Any(e => e.CorrectsId == entryId)) throw new DomainRuleException("unit-change-corrected");
        return entry;
    }

    private UnitStatusChange Add(UnitStatusChange entry)
    {
        _entries.Add(entry);
        return entry;
    }

    /// <summary>Entries still in force: not corrected by a later entry and not retractions.</summary>
    public static IReadOnlyList<UnitStatusChange> Effective(IEnumerable<UnitStatusChange> entries)
    {
        var all = entries.ToList();
        var corrected = all.Where(e => e.CorrectsId is not null).Select(e => e.CorrectsId!.Value).ToHashSet();
        return all
            .Where(e => !e.IsRetraction && !corrected.Contains(e.Id))
            .OrderBy(e => e.EffectiveDate).ThenBy(e => e.RecordedAt)
            .ToList();
    }

    /// <summary>The status on a date: the latest effective entry dated on or before it, else none.</summary>
    public static UnitStatus StatusOn(IEnumerable<UnitStatusChange> entries, DateOnly date) =>
        Effective(entries).LastOrDefault(e => e.EffectiveDate <= date)?.Status ?? UnitStatus.None;
}
