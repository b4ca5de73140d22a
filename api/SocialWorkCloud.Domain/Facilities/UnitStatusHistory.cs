namespace SocialWorkCloud.Domain.Facilities;

/// <summary>In-memory reading of a unit's history; the KPI engine does the same in SQL.</summary>
public static class UnitStatusHistory
{
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
