using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

public sealed record KpiTrendPoint(DateOnly AsOf, decimal SharePercent, int Numerator, int Denominator, decimal? TargetPercent, decimal? TrajectoryPercent, KpiState State, DateTimeOffset ComputedAt)
{
    /// <summary>Computed now for today (the current year has no year-end snapshot yet), not stored.</summary>
    public bool Live { get; init; }
}

public sealed record KpiTrendSeries(KpiIndicator Indicator, IReadOnlyList<KpiTrendPoint> Points)
{
    /// <summary>This indicator's own target at each year end (the preventive path 30 % → 60 %, the
    /// curative 100 %); empty for an indicator the province is not judged on.</summary>
    public IReadOnlyList<YearTarget> Targets { get; init; } = [];
}

/// <summary>The preventive target due at the year end, and the straight-line path's point there.</summary>
public sealed record YearTarget(int Year, decimal TargetPercent, decimal TrajectoryPercent);

public sealed record KpiTrend(Guid ProvinceId, IReadOnlyList<KpiTrendSeries> Series, IReadOnlyList<YearTarget> PreventiveTargets);

/// <summary>The stored snapshots of a province over time (the latest computation per date), with the target line.</summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record GetKpiTrend(Guid ProvinceId, DateOnly? From, DateOnly? To) : IQuery<KpiTrend>;

public sealed class GetKpiTrendValidator : AbstractValidator<GetKpiTrend>
{
    public GetKpiTrendValidator() =>
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null);
}

/// <summary>
/// The stored snapshots (year ends, recomputations) and, when the range reaches today, today's figures
/// computed live: the trend otherwise stopped at the last year end and hid the current year.
/// </summary>
public sealed class GetKpiTrendHandler(AppDbContext db, ICurrentUser user, KpiCalculator calculator, TimeProvider clock) : IQueryHandler<GetKpiTrend, KpiTrend>
{
    public async ValueTask<KpiTrend> Handle(GetKpiTrend query, CancellationToken cancellationToken)
    {
        await KpiAccess.EnsureProvinceReadableAsync(db, user, query.ProvinceId, cancellationToken);
        var snapshots = db.KpiSnapshots.AsNoTracking().Where(s => s.ProvinceId == query.ProvinceId);
        if (query.From is { } from) snapshots = snapshots.Where(s => s.AsOf >= from);
        if (query.To is { } to) snapshots = snapshots.Where(s => s.AsOf <= to);

        var rows = await snapshots
            .Select(s => new { s.Indicator, s.AsOf, s.SharePercent, s.Numerator, s.Denominator, s.TargetPercent, s.TrajectoryPercent, s.State, s.ComputedAt })
            .ToListAsync(cancellationToken);

        var stored = rows
            .GroupBy(r => r.Indicator)
            .ToDictionary(g => g.Key, g => g
                .GroupBy(r => r.AsOf)
                .Select(d => d.MaxBy(r => r.ComputedAt)!)
                .Select(r => new KpiTrendPoint(r.AsOf, r.SharePercent, r.Numerator, r.Denominator, r.TargetPercent, r.TrajectoryPercent, r.State, r.ComputedAt))
                .ToList());

        var today = VietnamClock.Today(clock);
        if ((query.From is null || query.From <= today) && (query.To is null || query.To >= today))
        {
            var live = await calculator.ComputeAsync(query.ProvinceId, today, cancellationToken);
            foreach (var f in live.Figures)
            {
                var points = stored.TryGetValue(f.Indicator, out var list) ? list : stored[f.Indicator] = [];
                points.RemoveAll(p => p.AsOf == today);
                points.Add(new KpiTrendPoint(today, f.SharePercent, f.Numerator, f.Denominator, f.TargetPercent, f.TrajectoryPercent, f.State, live.ComputedAt) { Live = true });
            }
        }

        var preventive = Enumerable.Range(2021, 10).Select(y => new YearTarget(y, KpiTargets.PreventiveTargetForYearEnd(y), KpiTargets.PreventiveTrajectoryAt(new DateOnly(y, 12, 31)))).ToList();
        var curative = Enumerable.Range(2021, 10).Select(y => new YearTarget(y, KpiTargets.CurativeTargetPercent, KpiTargets.CurativeTargetPercent)).ToList();
        var series = stored
            .OrderBy(s => s.Key)
            .Select(s => new KpiTrendSeries(s.Key, s.Value.OrderBy(p => p.AsOf).ToList())
            {
                Targets = s.Key switch
                {
                    KpiIndicator.PreventiveSocialWorkShare => preventive,
                    KpiIndicator.CurativeUnitShare or KpiIndicator.ProvincialDistrictHospitalUnitShare => curative,
                    _ => [],
                },
            })
            .ToList();
        return new KpiTrend(query.ProvinceId, series, preventive);
    }
}
