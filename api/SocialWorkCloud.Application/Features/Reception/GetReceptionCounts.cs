using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Reception;

/// <summary>Contacts per day, month or year, per reception point and kind, between two dates.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record GetReceptionCounts(CountGranularity Granularity, DateOnly From, DateOnly To) : IQuery<ReceptionCounts>;

public sealed class GetReceptionCountsValidator : AbstractValidator<GetReceptionCounts>
{
    public GetReceptionCountsValidator()
    {
        RuleFor(x => x.Granularity).IsInEnum();
        RuleFor(x => x.From).MustBeAnActivityDate();
        RuleFor(x => x.To).MustBeAnActivityDate().GreaterThanOrEqualTo(x => x.From)
            .Must((x, to) => to.DayNumber - x.From.DayNumber <= 3700)
            .WithText("reception-period-too-long");
    }
}

public sealed class GetReceptionCountsHandler(AppDbContext db) : IQueryHandler<GetReceptionCounts, ReceptionCounts>
{
    public async ValueTask<ReceptionCounts> Handle(GetReceptionCounts query, CancellationToken cancellationToken)
    {
        // The database sums per day (an index range); months and years roll up from those few rows.
        var daily = await db.ReceptionTallies.AsNoTracking()
            .Where(t => t.Date >= query.From && t.Date <= query.To)
            .GroupBy(t => new { t.Date, t.PointId, t.Kind })
            .Select(g => new { g.Key.Date, g.Key.PointId, g.Key.Kind, Count = g.Sum(t => t.Count) })
            .ToListAsync(cancellationToken);
        var names = await db.ReceptionPoints.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        var rows = daily
            .GroupBy(d => new { Period = Periods.StartOf(d.Date, query.Granularity), d.PointId, d.Kind })
            .Select(g => new ReceptionCountRow(g.Key.Period, g.Key.PointId, names.GetValueOrDefault(g.Key.PointId, "?"), g.Key.Kind, g.Sum(d => d.Count)))
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.PointName).ThenBy(r => r.Kind)
            .ToList();
        return new ReceptionCounts(query.Granularity, query.From, query.To, rows.Sum(r => r.Count), rows);
    }
}
