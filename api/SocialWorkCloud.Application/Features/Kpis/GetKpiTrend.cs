using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

public sealed record KpiTrendPoint(DateOnly AsOf, decimal SharePercent, int Numerator, int Denominator, decimal? TargetPercent, decimal? TrajectoryPercent, KpiState State, DateTimeOffset ComputedAt);

public sealed record KpiTrendSeries(KpiIndicator Indicator, IReadOnlyList<KpiTrendPoint> Points);

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

public sealed class GetKpiTrendHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetKpiTrend, KpiTrend>
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

        var series = rows
            .GroupBy(r => r.Indicator)
            .OrderBy(g => g.Key)
            .Select(g => new KpiTrendSeries(g.Key, g
                .GroupBy(r => r.AsOf)
                .Select(d => d.MaxBy(r => r.ComputedAt)!)
                .OrderBy(r => r.AsOf)
                .Select(r => new KpiTrendPoint(r.AsOf, r.SharePercent, r.Numerator, r.Denominator, r.TargetPercent, r.TrajectoryPercent, r.State, r.ComputedAt))
                .ToList()))
            .ToList();

        var targets = Enumerable.Range(2021, 10).Select(y => new YearTarget(y, KpiTargets.PreventiveTargetForYearEnd(y), KpiTargets.PreventiveTrajectoryAt(new DateOnly(y, 12, 31)))).ToList();
        return new KpiTrend(query.ProvinceId, series, targets);
    }
}
