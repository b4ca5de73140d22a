using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <param name="IndicatorCode">An indicator of the catalogue, with a value; or null for a free-text target.</param>
public sealed record PlanTargetInput(string? IndicatorCode, decimal? Value, string? Text);

/// <param name="Month">1–12, or null for an activity that runs all year.</param>
public sealed record PlannedActivityInput(string Title, int? Month, string? Timing, string? Responsible, long? BudgetVnd);

public sealed record PlanDto(
    Guid Id, Guid FacilityId, string FacilityName, int Year, string? Summary, PlanStatus Status, DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewedAt, string? ReviewComment, IReadOnlyList<PlanTargetInput> Targets, IReadOnlyList<PlannedActivityInput> Activities,
    long TotalBudgetVnd, Guid Version, FiveYearTargetsOfYear? FiveYear = null);

/// <param name="Targets">Null in the province's list while the plan is returned: the counts would tell of the unit's rework.</param>
/// <param name="Activities">Null in the province's list while the plan is returned.</param>
public sealed record PlanSummary(
    Guid Id, Guid FacilityId, string FacilityName, int Year, PlanStatus Status, DateTimeOffset? SubmittedAt, string? ReviewComment,
    int? Targets, int? Activities);

public interface IPlanFields
{
    string? Summary { get; }
    IReadOnlyList<PlanTargetInput>? Targets { get; }
    IReadOnlyList<PlannedActivityInput>? Activities { get; }
}

internal static class PlanRules
{
    public static void AddPlanRules<T>(this AbstractValidator<T> v) where T : IPlanFields
    {
        v.RuleFor(x => x.Summary).MaximumLength(4000);
        v.RuleFor(x => x.Targets).ItemCount(0, 100)
            .WithText("annual-plan-too-many-targets");
        v.RuleFor(x => x.Activities).ItemCount(0, 300)
            .WithText("annual-plan-too-many-activities");
        v.RuleForEach(x => x.Targets).NotNull().ChildRules(t =>
        {
            t.RuleFor(x => x.IndicatorCode).MaximumLength(64);
            t.RuleFor(x => x.IndicatorCode).Must(c => c is null || IndicatorCatalogue.Exists(c)).WithText("indicator-unknown");
            t.RuleFor(x => x.Value).NotNull().When(x => x.IndicatorCode is not null)
                .WithText("annual-plan-target-value-required");
            t.RuleFor(x => x.Value).Must((x, value) => value is null || TargetRules.FitsUnit(x.IndicatorCode, value.Value)).WithText("target-value-out-of-range");
            t.RuleFor(x => x.Text).NotEmpty().When(x => x.IndicatorCode is null)
                .WithText("annual-plan-target-text-required");
            t.RuleFor(x => x.Text).MaximumLength(1000);
        });
        v.RuleForEach(x => x.Activities).NotNull().ChildRules(a =>
        {
            a.RuleFor(x => x.Title).NotEmpty().MaximumLength(500);
            a.RuleFor(x => x.Month).InclusiveBetween(1, 12);
            a.RuleFor(x => x.Timing).MaximumLength(200);
            a.RuleFor(x => x.Responsible).MaximumLength(200);
            a.RuleFor(x => x.BudgetVnd).GreaterThan(0).LessThanOrEqualTo(Vnd.Max);
        });
    }

    /// <summary>Replaces the plan's targets and activities with the ones sent, in their order.</summary>
    public static async Task ReplaceContentAsync(AppDbContext db, AnnualPlan plan, IPlanFields fields, CancellationToken ct)
    {
        plan.Revise(fields.Summary);
        db.PlanTargets.RemoveRange(await db.PlanTargets.Where(t => t.PlanId == plan.Id).ToListAsync(ct));
        db.PlannedActivities.RemoveRange(await db.PlannedActivities.Where(a => a.PlanId == plan.Id).ToListAsync(ct));
        var order = 0;
        foreach (var t in fields.Targets ?? [])
        {
            db.PlanTargets.Add(new PlanTarget
            {
                Id = Guid.NewGuid(), PlanId = plan.Id, IndicatorCode = t.IndicatorCode, Value = t.IndicatorCode is null ? null : t.Value,
                Text = string.IsNullOrWhiteSpace(t.Text) ? null : t.Text.Trim(), Order = order++,
            });
        }
        order = 0;
        foreach (var a in fields.Activities ?? [])
        {
            db.PlannedActivities.Add(new PlannedActivity
            {
                Id = Guid.NewGuid(), PlanId = plan.Id, Title = a.Title.Trim(), Month = a.Month, Timing = a.Timing?.Trim(),
                Responsible = a.Responsible?.Trim(), BudgetVnd = a.BudgetVnd, Order = order++,
            });
        }
    }

    /// <summary>A plan read through the given scope (the caller's tenant, or a facility of the province).</summary>
    public static async Task<PlanDto> LoadAsync(AppDbContext db, IQueryable<AnnualPlan> plans, Guid planId, CancellationToken ct)
    {
        var plan = await plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("Plan", planId);
        var name = await db.Facilities.AsNoTracking().Where(f => f.Id == plan.FacilityId).Select(f => f.Name).SingleAsync(ct);
        var targets = await db.OfFacility<PlanTarget>(plan.FacilityId).Where(t => t.PlanId == plan.Id).OrderBy(t => t.Order)
            .Select(t => new PlanTargetInput(t.IndicatorCode, t.Value, t.Text)).ToListAsync(ct);
        var activities = await db.OfFacility<PlannedActivity>(plan.FacilityId).Where(a => a.PlanId == plan.Id).OrderBy(a => a.Order)
            .Select(a => new PlannedActivityInput(a.Title, a.Month, a.Timing, a.Responsible, a.BudgetVnd)).ToListAsync(ct);
        // The five-year plan's target of the year beside the plan's own, so that the year is read against the period's path.
        var fiveYear = await FiveYearPlanRules.TargetsOfYearAsync(db, plan.FacilityId, plan.Year, ct);
        return new PlanDto(plan.Id, plan.FacilityId, name, plan.Year, plan.Summary, plan.Status, plan.SubmittedAt, plan.ReviewedAt, plan.ReviewComment,
            targets, activities, activities.Sum(a => a.BudgetVnd ?? 0), plan.Version, fiveYear);
    }

    /// <summary>Summaries of plans read through the given scope, with their counts of targets and activities.</summary>
    public static async Task<List<PlanSummary>> SummariesAsync(AppDbContext db, IQueryable<AnnualPlan> plans, CancellationToken ct)
    {
        var rows = await plans.AsNoTracking().Select(p => new
        {
            p.Id, p.FacilityId, FacilityName = db.Facilities.Where(f => f.Id == p.FacilityId).Select(f => f.Name).First(),
            p.Year, p.Status, p.SubmittedAt, p.ReviewComment,
        }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var facilityIds = plans.Select(p => p.FacilityId).Distinct();
        var targets = await db.AcrossFacilities<PlanTarget>(facilityIds).Where(t => ids.Contains(t.PlanId))
            .GroupBy(t => t.PlanId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var activities = await db.AcrossFacilities<PlannedActivity>(facilityIds).Where(a => ids.Contains(a.PlanId))
            .GroupBy(a => a.PlanId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return rows.Select(r => new PlanSummary(r.Id, r.FacilityId, r.FacilityName, r.Year, r.Status, r.SubmittedAt, r.ReviewComment,
            targets.GetValueOrDefault(r.Id), activities.GetValueOrDefault(r.Id))).ToList();
    }
}
