using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <param name="IndicatorCode">An indicator of the catalogue that applies to the facility's group.</param>
/// <param name="Year">A year of the plan's period.</param>
/// <param name="Value">Percent, count or whole VND, by the indicator's unit.</param>
public sealed record FiveYearTargetInput(string IndicatorCode, int Year, decimal Value);

public sealed record FiveYearPlanDto(
    Guid Id, Guid FacilityId, string FacilityName, FacilityGroup FacilityGroup, int StartYear, int EndYear,
    string? GeneralGoal, string? SpecificObjectives, string? Solutions, string? Recommendations, PlanStatus Status,
    DateTimeOffset? SubmittedAt, DateTimeOffset? ReviewedAt, string? ReviewComment, IReadOnlyList<FiveYearTargetInput> Targets, Guid Version);

public sealed record FiveYearPlanSummary(
    Guid Id, Guid FacilityId, string FacilityName, int StartYear, int EndYear, PlanStatus Status, DateTimeOffset? SubmittedAt,
    string? ReviewComment, int Targets);

/// <summary>The five-year plan's targets for the annual plan's year, shown beside the annual plan's own targets.</summary>
public sealed record FiveYearTargetsOfYear(Guid PlanId, int StartYear, int EndYear, PlanStatus Status, IReadOnlyList<FiveYearIndicatorTarget> Targets);

public sealed record FiveYearIndicatorTarget(string IndicatorCode, decimal Value);

public interface IFiveYearPlanFields
{
    string? GeneralGoal { get; }
    string? SpecificObjectives { get; }
    string? Solutions { get; }
    string? Recommendations { get; }
    IReadOnlyList<FiveYearTargetInput>? Targets { get; }
}

internal static class FiveYearPlanRules
{
    private const string PeriodInvalid = "five-year-plan-period-invalid";

    /// <summary>A five-year period's first year: within the years the document states, then one ending in 1 or 6 (one error either way).</summary>
    public static IRuleBuilderOptions<T, int> MustStartAFiveYearPeriod<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(FiveYearPlan.FirstStartYear, FiveYearPlan.LastStartYear).WithPeriodText()
            .Must(FiveYearPlan.IsPeriodStart).WithPeriodText();

    /// <summary>The same for an optional year (a filter): no year, no rule.</summary>
    public static IRuleBuilderOptions<T, int?> MustStartAFiveYearPeriod<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(FiveYearPlan.FirstStartYear, FiveYearPlan.LastStartYear).WithPeriodText()
            .Must(y => y is null || FiveYearPlan.IsPeriodStart(y.Value)).WithPeriodText();

    private static IRuleBuilderOptions<T, TYear> WithPeriodText<T, TYear>(this IRuleBuilderOptions<T, TYear> rule) =>
        rule.WithErrorCode(PeriodInvalid).WithMessage((_, year) => TextCatalog.Get(PeriodInvalid, year));

    public static void AddFiveYearPlanRules<T>(this AbstractValidator<T> v) where T : IFiveYearPlanFields
    {
        v.RuleFor(x => x.GeneralGoal).MaximumLength(4000);
        v.RuleFor(x => x.SpecificObjectives).MaximumLength(4000);
        v.RuleFor(x => x.Solutions).MaximumLength(4000);
        v.RuleFor(x => x.Recommendations).MaximumLength(4000);
        // 14 indicators × 5 years is the most a plan can hold.
        v.RuleFor(x => x.Targets).ItemCount(0, 100).WithText("five-year-plan-too-many-targets");
        v.RuleFor(x => x.Targets)
            .Must(ts => ts is null || ts.Where(t => t is not null).GroupBy(t => (t.IndicatorCode, t.Year)).All(g => g.Count() == 1))
            .WithText("five-year-plan-target-duplicate");
        v.RuleForEach(x => x.Targets).NotNull().ChildRules(t =>
        {
            t.RuleFor(x => x.IndicatorCode).MaximumLength(64);
            t.RuleFor(x => x.IndicatorCode).Must(IndicatorCatalogue.Exists).WithText("indicator-unknown");
            // Inside the plan's period is the aggregate's rule (422); here only a sane year.
            t.RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
            t.RuleFor(x => x.Value).Must((x, value) => TargetRules.FitsUnit(x.IndicatorCode, value)).WithText("target-value-out-of-range");
        });
    }

    /// <summary>Replaces the plan's texts and yearly targets with the ones sent; an indicator must apply to the facility's group.</summary>
    public static async Task ReplaceContentAsync(AppDbContext db, ICurrentUser user, FiveYearPlan plan, IFiveYearPlanFields fields, CancellationToken ct)
    {
        plan.Revise(fields.GeneralGoal, fields.SpecificObjectives, fields.Solutions, fields.Recommendations);
        var facilityId = user.FacilityId ?? throw new ForbiddenException("tenant-write-outside-facility");
        var group = (await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => f.Type).SingleAsync(ct)).Group();
        db.FiveYearPlanTargets.RemoveRange(await db.FiveYearPlanTargets.Where(t => t.PlanId == plan.Id).ToListAsync(ct));
        foreach (var t in fields.Targets ?? [])
        {
            if (!IndicatorCatalogue.Get(t.IndicatorCode).AppliesTo(group)) throw new BusinessRuleException("indicator-not-applicable");
            db.FiveYearPlanTargets.Add(plan.Target(t.IndicatorCode, t.Year, t.Value));
        }
    }

    /// <summary>A plan read through the given scope (the caller's tenant, or a facility of the province), targets in catalogue then year order.</summary>
    public static async Task<FiveYearPlanDto> LoadAsync(AppDbContext db, IQueryable<FiveYearPlan> plans, Guid planId, CancellationToken ct)
    {
        var plan = await plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("FiveYearPlan", planId);
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == plan.FacilityId).Select(f => new { f.Name, f.Type }).SingleAsync(ct);
        var order = IndicatorCatalogue.All.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var targets = (await db.OfFacility<FiveYearPlanTarget>(plan.FacilityId).Where(t => t.PlanId == plan.Id)
                .Select(t => new FiveYearTargetInput(t.IndicatorCode, t.Year, t.Value)).ToListAsync(ct))
            .OrderBy(t => order.GetValueOrDefault(t.IndicatorCode, int.MaxValue)).ThenBy(t => t.Year).ToList();
        return new FiveYearPlanDto(plan.Id, plan.FacilityId, facility.Name, facility.Type.Group(), plan.StartYear, plan.EndYear, plan.GeneralGoal,
            plan.SpecificObjectives, plan.Solutions, plan.Recommendations, plan.Status, plan.SubmittedAt, plan.ReviewedAt, plan.ReviewComment, targets, plan.Version);
    }

    public static async Task<List<FiveYearPlanSummary>> SummariesAsync(AppDbContext db, IQueryable<FiveYearPlan> plans, CancellationToken ct)
    {
        var rows = await plans.AsNoTracking().Select(p => new
        {
            p.Id, p.FacilityId, FacilityName = db.Facilities.Where(f => f.Id == p.FacilityId).Select(f => f.Name).First(),
            p.StartYear, p.EndYear, p.Status, p.SubmittedAt, p.ReviewComment,
        }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var targets = await db.AcrossFacilities<FiveYearPlanTarget>(plans.Select(p => p.FacilityId).Distinct()).Where(t => ids.Contains(t.PlanId))
            .GroupBy(t => t.PlanId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return rows.Select(r => new FiveYearPlanSummary(r.Id, r.FacilityId, r.FacilityName, r.StartYear, r.EndYear, r.Status, r.SubmittedAt,
            r.ReviewComment, targets.GetValueOrDefault(r.Id))).ToList();
    }

    /// <summary>
    /// The five-year plan covering an annual plan's year, with its targets of that year: the unit reads its own in any state,
    /// anyone else (the province) only a submitted or acknowledged one (<see cref="ProvinceFiveYearPlanScope"/>).
    /// </summary>
    public static async Task<FiveYearTargetsOfYear?> TargetsOfYearAsync(AppDbContext db, Guid facilityId, int year, CancellationToken ct)
    {
        var ownUnit = db.CurrentFacilityId == facilityId;
        var plan = await db.OfFacility<FiveYearPlan>(facilityId)
            .Where(p => p.StartYear <= year && p.EndYear >= year
                && (ownUnit || p.Status == PlanStatus.Submitted || p.Status == PlanStatus.Acknowledged))
            .Select(p => new { p.Id, p.StartYear, p.EndYear, p.Status }).SingleOrDefaultAsync(ct);
        if (plan is null) return null;
        var targets = await db.OfFacility<FiveYearPlanTarget>(facilityId).Where(t => t.PlanId == plan.Id && t.Year == year)
            .Select(t => new FiveYearIndicatorTarget(t.IndicatorCode, t.Value)).ToListAsync(ct);
        return new FiveYearTargetsOfYear(plan.Id, plan.StartYear, plan.EndYear, plan.Status, targets);
    }
}

internal static class ProvinceFiveYearPlanScope
{
    /// <summary>
    /// Five-year plans of the province's facilities that are submitted or acknowledged: a draft and a returned plan are the
    /// unit's own until it (re)submits them. Only the tenant filter is lifted, only for those.
    /// </summary>
    public static IQueryable<FiveYearPlan> Visible(AppDbContext db, Guid provinceId) =>
        db.AcrossFacilities<FiveYearPlan>(db.Facilities.Where(f => f.ProvinceId == provinceId).Select(f => f.Id))
            .Where(p => p.Status == PlanStatus.Submitted || p.Status == PlanStatus.Acknowledged);
}
