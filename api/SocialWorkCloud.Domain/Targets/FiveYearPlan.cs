using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Targets;

/// <summary>
/// The facility's five-year social-work plan (kế hoạch triển khai giai đoạn, e.g. 2026–2030, as the hospital's plan 002):
/// its general goal, specific objectives, solutions and recommendations, and a target per indicator for each year of the
/// period, which the annual plans of those years are read against. Periods follow the national five-year plans: five
/// calendar years starting at a year ending in 1 or 6 (2026–2030, 2031–2035). The same life cycle as the annual plan:
/// a draft is revised by the unit, submitted to the Health Department, then acknowledged, or returned with a comment for
/// the unit to revise and resubmit. Only a draft or a returned plan can be changed.
/// </summary>
public class FiveYearPlan : ITenantOwned, IVersioned
{
    public const int Years = 5;
    public const int FirstStartYear = 2021;
    public const int LastStartYear = 2096;

    private FiveYearPlan() { }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    /// <summary>Mục tiêu chung.</summary>
    public string? GeneralGoal { get; private set; }
    /// <summary>Mục tiêu cụ thể beyond the indicator targets (free text: "expand the collaborator network").</summary>
    public string? SpecificObjectives { get; private set; }
    /// <summary>Giải pháp thực hiện.</summary>
    public string? Solutions { get; private set; }
    /// <summary>Kiến nghị, đề xuất (to the Health Department).</summary>
    public string? Recommendations { get; private set; }
    public PlanStatus Status { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid Version { get; set; }

    public bool Editable => Status is PlanStatus.Draft or PlanStatus.Returned;

    /// <summary>Whether a period may start in the year: 2021, 2026, 2031 … 2096 (so it ends by 2100, like every plan year).</summary>
    public static bool IsPeriodStart(int startYear) => startYear is >= FirstStartYear and <= LastStartYear && startYear % 5 == 1;

    /// <summary>The period's first year containing <paramref name="year"/> (2028 → 2026).</summary>
    public static int PeriodStartOf(int year) => year - ((year - 1) % 5 + 5) % 5;

    public bool Covers(int year) => year >= StartYear && year <= EndYear;

    /// <summary>A new draft for the period starting in <paramref name="startYear"/>; the facility is stamped by the tenant on save.</summary>
    public static FiveYearPlan Draft(int startYear, DateTimeOffset now)
    {
        if (!IsPeriodStart(startYear)) throw new DomainRuleException("five-year-plan-period-invalid", startYear);
        return new FiveYearPlan { Id = Guid.NewGuid(), StartYear = startYear, EndYear = startYear + Years - 1, Status = PlanStatus.Draft, CreatedAt = now };
    }

    /// <summary>Changes the texts of a draft or returned plan (its yearly targets are replaced beside it through <see cref="Target"/>).</summary>
    public void Revise(string? generalGoal, string? specificObjectives, string? solutions, string? recommendations)
    {
        EnsureEditable();
        GeneralGoal = Clean(generalGoal);
        SpecificObjectives = Clean(specificObjectives);
        Solutions = Clean(solutions);
        Recommendations = Clean(recommendations);
    }

    /// <summary>A yearly target of the editable plan; the year must lie in the period.</summary>
    public FiveYearPlanTarget Target(string indicatorCode, int year, decimal value)
    {
        EnsureEditable();
        if (!Covers(year)) throw new DomainRuleException("five-year-plan-target-year-outside-period", year, StartYear, EndYear);
        return new FiveYearPlanTarget { Id = Guid.NewGuid(), FacilityId = FacilityId, PlanId = Id, IndicatorCode = indicatorCode, Year = year, Value = value };
    }

    public void EnsureEditable()
    {
        if (!Editable) throw new DomainRuleException("plan-not-editable");
    }

    /// <summary>Sends the plan to the Health Department: it needs its general goal and at least one yearly target.</summary>
    public void Submit(bool hasTargets, Guid? by, DateTimeOffset now)
    {
        EnsureEditable();
        if (GeneralGoal is null) throw new DomainRuleException("five-year-plan-goal-required");
        if (!hasTargets) throw new DomainRuleException("five-year-plan-no-targets");
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
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainRuleException("five-year-plan-comment-required");
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
        ReviewComment = Clean(comment);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The five-year plan's target for one indicator of the catalogue in one year of its period.</summary>
public class FiveYearPlanTarget : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid PlanId { get; set; }
    public required string IndicatorCode { get; set; }
    public int Year { get; set; }
    /// <summary>Percent, count or whole VND, by the indicator's unit.</summary>
    public decimal Value { get; set; }
}
