using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Facilities;

/// <summary>What an entry of the unit's history states: the status, from when, by which decision, who heads it, how many staff.</summary>
public sealed record UnitStatusFacts(UnitStatus Status, DateOnly EffectiveDate, string? DecisionNumber, string? HeadName, int Headcount);

/// <summary>
/// One entry of the unit's effective-dated history. Entries are never edited: a correction is a
/// new entry pointing at the one it corrects (<see cref="CorrectsId"/>), and a retraction withdraws
/// it. The effective history is the entries no later entry corrects, retractions excluded. New entries
/// come from <see cref="UnitStatusHistory"/> (which checks them against the others) or, for a unit's
/// first entry and demo data, from <see cref="Record"/>.
/// </summary>
public class UnitStatusChange : ITenantOwned, IAppendOnly
{
    private UnitStatusChange() { }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    public UnitStatus Status { get; private set; }
    public DateOnly EffectiveDate { get; private set; }
    public string? DecisionNumber { get; private set; }
    public string? HeadName { get; private set; }
    public int Headcount { get; private set; }
    public string? Note { get; private set; }
    public Guid? CorrectsId { get; private set; }
    public string? CorrectionReason { get; private set; }
    /// <summary>The corrected entry was wrong altogether: it and this entry drop out of the history.</summary>
    public bool IsRetraction { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid? RecordedBy { get; private set; }

    public UnitStatusFacts Facts => new(Status, EffectiveDate, DecisionNumber, HeadName, Headcount);

    /// <summary>
    /// A new entry stating <paramref name="facts"/>. A team or a department is founded by a decision, so
    /// it needs the decision's number; the headcount is not negative.
    /// </summary>
    public static UnitStatusChange Record(UnitStatusFacts facts, string? note, DateTimeOffset recordedAt, Guid? recordedBy)
    {
        Check(facts);
        return new UnitStatusChange
        {
            Id = Guid.NewGuid(), Status = facts.Status, EffectiveDate = facts.EffectiveDate, DecisionNumber = Clean(facts.DecisionNumber),
            HeadName = Clean(facts.HeadName), Headcount = facts.Headcount, Note = Clean(note), RecordedAt = recordedAt, RecordedBy = recordedBy,
        };
    }

    /// <summary>
    /// An entry exactly as an existing history already holds it (ids, corrections, retractions, when it was
    /// recorded): for importing a unit's past records and for generated benchmark data. Not for the workflow —
    /// it checks the entry's own facts, not the entry against the others; use <see cref="UnitStatusHistory"/>.
    /// </summary>
    public static UnitStatusChange FromHistory(
        Guid id, Guid facilityId, UnitStatusFacts facts, DateTimeOffset recordedAt, Guid? correctsId = null, string? correctionReason = null,
        bool isRetraction = false, string? note = null, Guid? recordedBy = null)
    {
        if (isRetraction && correctsId is null) throw new DomainRuleException("unit-retraction-without-entry");
        var entry = Record(facts, note, recordedAt, recordedBy);
        entry.Id = id;
        entry.FacilityId = facilityId;
        entry.CorrectsId = correctsId;
        entry.CorrectionReason = correctionReason;
        entry.IsRetraction = isRetraction;
        return entry;
    }

    /// <summary>A new entry replacing this one with corrected facts, with the reason; this one stays visible.</summary>
    internal UnitStatusChange CorrectedBy(UnitStatusFacts facts, string reason, string? note, DateTimeOffset recordedAt, Guid? recordedBy)
    {
        EnsureCorrectable(reason);
        var correction = Record(facts, note, recordedAt, recordedBy);
        correction.FacilityId = FacilityId;
        correction.CorrectsId = Id;
        correction.CorrectionReason = reason.Trim();
        return correction;
    }

    /// <summary>A retraction of this entry (it was wrong altogether), with the reason: both drop out of the history.</summary>
    internal UnitStatusChange RetractedBy(string reason, string? note, DateTimeOffset recordedAt, Guid? recordedBy) => new()
    {
        Id = Guid.NewGuid(), FacilityId = FacilityId, Status = Status, EffectiveDate = EffectiveDate, DecisionNumber = DecisionNumber,
        HeadName = HeadName, Headcount = Headcount, Note = Clean(note), CorrectsId = Id, CorrectionReason = EnsureCorrectable(reason),
        IsRetraction = true, RecordedAt = recordedAt, RecordedBy = recordedBy,
    };

    private string EnsureCorrectable(string reason)
    {
        if (IsRetraction) throw new DomainRuleException("retraction-not-correctable");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("unit-correction-reason-required");
        return reason.Trim();
    }

    private static void Check(UnitStatusFacts facts)
    {
        if (!Enum.IsDefined(facts.Status)) throw new DomainRuleException("unit-status-invalid", (int)facts.Status);
        if (facts.Status >= UnitStatus.Team && string.IsNullOrWhiteSpace(facts.DecisionNumber)) throw new DomainRuleException("unit-decision-required");
        if (facts.Headcount < 0) throw new DomainRuleException("unit-headcount-negative");
    }

    private static string? Clean(string? text) => text?.Trim();
}
