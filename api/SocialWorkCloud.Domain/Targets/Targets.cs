using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Domain.Targets;

/// <summary>
/// A province's target for an indicator and a year, for a facility group or one facility (a facility's
/// own target overrides its group's). Set by the Health Department, never inside a facility's records.
/// </summary>
[GlobalEntity("Owned by a province and read or written only through province scoping (TargetAccess); facilities read their own resolved targets.")]
public class IndicatorTarget : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProvinceId { get; set; }
    public int Year { get; set; }
    public required string IndicatorCode { get; set; }
    /// <summary>Set for a group target; null for a single facility's.</summary>
    public FacilityGroup? FacilityGroup { get; set; }
    public Guid? FacilityId { get; set; }
    /// <summary>Percent, count or whole VND, by the indicator's unit.</summary>
    public decimal Value { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid Version { get; set; }
}

public enum PlanStatus
{
    Draft = 0,
    Submitted = 1,
    Acknowledged = 2,
    Returned = 3,
}

/// <summary>The facility's yearly social-work plan (kế hoạch hoạt động CTXH hằng năm, Circular 51/2024/TT-BYT).</summary>
public class AnnualPlan : ITenantOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public int Year { get; set; }
    public string? Summary { get; set; }
    public PlanStatus Status { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid? SubmittedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewComment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }

    public bool Editable => Status is PlanStatus.Draft or PlanStatus.Returned;
}

/// <summary>A target of the plan: on an indicator of the catalogue (with a value), or free text.</summary>
public class PlanTarget : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid PlanId { get; set; }
    public string? IndicatorCode { get; set; }
    public decimal? Value { get; set; }
    public string? Text { get; set; }
    public int Order { get; set; }
}

public class PlannedActivity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid PlanId { get; set; }
    public required string Title { get; set; }
    /// <summary>1–12; null when the activity runs all year.</summary>
    public int? Month { get; set; }
    public string? Timing { get; set; }
    public string? Responsible { get; set; }
    public long? BudgetVnd { get; set; }
    public int Order { get; set; }
}
