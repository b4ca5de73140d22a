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

/// <summary>
/// The facility's yearly social-work plan (kế hoạch hoạt động CTXH hằng năm, Circular 51/2024/TT-BYT).
/// A <see cref="Draft"/> is revised by the unit, <see cref="Submit"/>ted to the Health Department
/// (only with a target or an activity), then <see cref="Acknowledge"/>d, or <see cref="Return"/>ed with
/// a comment for the unit to revise and resubmit. Only a draft or a returned plan can be changed.
/// </summary>
public class AnnualPlan : ITenantOwned, IVersioned
{
    private AnnualPlan() { }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    public int Year { get; private set; }
    public string? Summary { get; private set; }
    public PlanStatus Status { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid Version { get; set; }

    public bool Editable => Status is PlanStatus.Draft or PlanStatus.Returned;

    /// <summary>A new draft for a year (2000–2100); the facility is stamped by the tenant on save.</summary>
    public static AnnualPlan Draft(int year, DateTimeOffset now)
    {
        if (year is < 2000 or > 2100) throw new DomainRuleException("annual-plan-year-invalid", year);
        return new AnnualPlan { Id = Guid.NewGuid(), Year = year, Status = PlanStatus.Draft, CreatedAt = now };
    }

    /// <summary>Changes the summary of a draft or returned plan (its targets and activities are replaced beside it).</summary>
    public void Revise(string? summary)
    {
        EnsureEditable();
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
    }

    /// <summary>Refuses unless the plan is a draft or was returned.</summary>
    public void EnsureEditable()
    {
        if (!Editable) throw new DomainRuleException("plan-not-editable");
    }

    /// <summary>Sends the plan to the Health Department; it needs at least one target or activity.</summary>
    public void Submit(bool hasContent, Guid? by, DateTimeOffset now)
    {
        EnsureEditable();
        if (!hasContent) throw new DomainRuleException("annual-plan-empty");
        Status = PlanStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
    }

    /// <summary>The Health Department takes note of a submitted plan (an optional comment).</summary>
    public void Acknowledge(string? comment, DateTimeOffset now)
    {
        EnsureAwaitingReview();
        Decide(PlanStatus.Acknowledged, comment, now);
    }

    /// <summary>The Health Department returns a submitted plan with a comment; the unit revises and resubmits it.</summary>
    public void Return(string? comment, DateTimeOffset now)
    {
        EnsureAwaitingReview();
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainRuleException("annual-plan-comment-required");
        Decide(PlanStatus.Returned, comment, now);
    }

    private void EnsureAwaitingReview()
    {
        if (Status != PlanStatus.Submitted) throw new DomainRuleException("plan-not-submitted");
    }

    private void Decide(PlanStatus to, string? comment, DateTimeOffset now)
    {
        Status = to;
        ReviewedAt = now;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
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

/// <summary>
/// What a commune/ward station found when it screened its area (rà soát) for a year: how many children in special
/// circumstances and how many people in hardship live there. The denominators of the ward plan's shares (003:
/// "100 % of children in special circumstances supported", "the share of people in hardship counselled rises year
/// on year"), which no record of the system holds: a station knows them from its own list, not from its clients.
/// </summary>
public class AreaScreening : ITenantOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public int Year { get; set; }
    public int ChildrenInSpecialCircumstances { get; set; }
    public int? PeopleInHardship { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
    public Guid Version { get; set; }
}
