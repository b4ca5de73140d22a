using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Facilities;

/// <summary>
/// One entry of the unit's effective-dated history. Entries are never edited: a correction is a
/// new entry pointing at the one it corrects (<see cref="CorrectsId"/>), and a retraction withdraws
/// it. The effective history is the entries no later entry corrects, retractions excluded.
/// </summary>
public class UnitStatusChange : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public UnitStatus Status { get; set; }
    public DateOnly EffectiveDate { get; set; }
    public string? DecisionNumber { get; set; }
    public string? HeadName { get; set; }
    public int Headcount { get; set; }
    public string? Note { get; set; }
    public Guid? CorrectsId { get; set; }
    public string? CorrectionReason { get; set; }
    /// <summary>The corrected entry was wrong altogether: it and this entry drop out of the history.</summary>
    public bool IsRetraction { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}
