using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>
/// One facility's progress as of a date: every indicator against the province's target, the targets of
/// its annual plan for the year, and optionally the month-end trend of the year. The facility reads its
/// own; a province officer a facility of the province (its aggregates, never its records).
/// </summary>
[RequiresPermission(Permissions.KpisReadFacility)]
public sealed record GetFacilityProgress(Guid FacilityId, DateOnly? AsOf = null, bool Trend = false) : IQuery<FacilityProgress>;

public sealed class GetFacilityProgressValidator : AbstractValidator<GetFacilityProgress>
{
    public GetFacilityProgressValidator() => RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class GetFacilityProgressHandler(AppDbContext db, ICurrentUser user, IndicatorCalculator calculator, TimeProvider clock)
    : IQueryHandler<GetFacilityProgress, FacilityProgress>
{
    public async ValueTask<FacilityProgress> Handle(GetFacilityProgress query, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.AsNoTracking().VisibleTo(user).Where(f => f.Id == query.FacilityId)
                .Select(f => new { f.Id, f.Code, f.Name, f.Type, f.ProvinceId }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Facility", query.FacilityId);
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        var scope = db.Facilities.Where(f => f.Id == facility.Id);
        var targets = await TargetResolver.LoadAsync(db, facility.ProvinceId, asOf.Year, cancellationToken);
        var computed = (await calculator.ComputeAsync(scope, asOf, cancellationToken)).SingleOrDefault();
        var cells = computed is null ? [] : targets.Cells(computed, asOf);

        // A draft is the unit's own until submitted, and so is a returned plan's rework until resubmitted: the province
        // reads a returned plan's status only, without its targets (as ProvincePlanScope).
        var ownUnit = user.FacilityId == facility.Id;
        var plan = await db.OfFacility<AnnualPlan>(facility.Id).Where(p => p.Year == asOf.Year && (ownUnit || p.Status != PlanStatus.Draft))
            .Select(p => new { p.Id, p.Status }).SingleOrDefaultAsync(cancellationToken);
        PlanProgress? planProgress = null;
        if (plan is not null && !ownUnit && plan.Status == PlanStatus.Returned) planProgress = new PlanProgress(plan.Id, plan.Status, []);
        else if (plan is not null)
        {
            var planTargets = await db.OfFacility<PlanTarget>(facility.Id).Where(t => t.PlanId == plan.Id).OrderBy(t => t.Order).ToListAsync(cancellationToken);
            planProgress = new PlanProgress(plan.Id, plan.Status, planTargets.Select(t =>
            {
                if (IndicatorCatalogue.Find(t.IndicatorCode) is not { } d || computed?.Values.GetValueOrDefault(d.Code) is not { } value)
                    return new PlanTargetProgress(t.IndicatorCode, t.Text, t.Value, null, null, t.Value is null ? null : ProgressState.NoData);
                var assessment = Progress.Assess(d, value.Value, t.Value, asOf);
                return new PlanTargetProgress(t.IndicatorCode, t.Text, t.Value, value.Value, assessment.PercentAchieved, assessment.State);
            }).ToList());
        }

        var trend = new List<IndicatorTrend>();
        if (query.Trend && computed is not null)
        {
            // Month ends of the year up to the date, and the date itself.
            var dates = Enumerable.Range(1, asOf.Month - 1).Select(m => new DateOnly(asOf.Year, m, 1).AddMonths(1).AddDays(-1)).Append(asOf).ToList();
            var points = new List<(DateOnly Date, FacilityIndicators? Values)>();
            foreach (var date in dates) points.Add((date, (await calculator.ComputeAsync(scope, date, cancellationToken)).SingleOrDefault()));
            trend = computed.Values.Keys.Select(code => new IndicatorTrend(code,
                points.Select(p => new TrendPoint(p.Date, p.Values?.Values.GetValueOrDefault(code)?.Value)).ToList())).ToList();
        }

        return new FacilityProgress(facility.Id, facility.Code, facility.Name, facility.Type, facility.Type.Group(), asOf, asOf.Year,
            IndicatorCatalogue.All.Where(d => d.AppliesTo(facility.Type.Group())).Select(d => IndicatorDto.From(d, asOf.Year)).ToList(),
            cells, planProgress, trend);
    }
}
