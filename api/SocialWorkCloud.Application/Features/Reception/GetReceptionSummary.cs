using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reception;

namespace SocialWorkCloud.Application.Features.Reception;

/// <summary>Today's, this month's and this year's contacts per kind (default: today in Vietnam).</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record GetReceptionSummary(DateOnly? AsOf = null) : IQuery<ReceptionSummary>;

public sealed class GetReceptionSummaryValidator : AbstractValidator<GetReceptionSummary>
{
    public GetReceptionSummaryValidator() => RuleFor(x => x.AsOf).MustBeAnActivityDate();
}

public sealed class GetReceptionSummaryHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<GetReceptionSummary, ReceptionSummary>
{
    public async ValueTask<ReceptionSummary> Handle(GetReceptionSummary query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        var yearStart = new DateOnly(asOf.Year, 1, 1);
        var monthStart = new DateOnly(asOf.Year, asOf.Month, 1);
        var daily = await db.ReceptionTallies.AsNoTracking()
            .Where(t => t.Date >= yearStart && t.Date <= asOf)
            .GroupBy(t => new { t.Date, t.Kind })
            .Select(g => new { g.Key.Date, g.Key.Kind, Count = g.Sum(t => t.Count) })
            .ToListAsync(cancellationToken);

        var byKind = Enum.GetValues<ContactKind>().Select(kind =>
        {
            var rows = daily.Where(d => d.Kind == kind).ToList();
            return new KindCounts(kind, rows.Where(d => d.Date == asOf).Sum(d => d.Count),
                rows.Where(d => d.Date >= monthStart).Sum(d => d.Count), rows.Sum(d => d.Count));
        }).ToList();
        return new ReceptionSummary(asOf, byKind.Sum(k => k.Today), byKind.Sum(k => k.ThisMonth), byKind.Sum(k => k.ThisYear), byKind);
    }
}
