using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Kpis;

/// <summary>
/// Every facility that pulls one indicator's share down as of a date, a page at a time, in the same
/// Vietnamese order as the figure's first few; the search ignores accents ("ttyt ha" finds "TTYT Hà Trung").
/// </summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record ListKpiLaggards(Guid ProvinceId, KpiIndicator Indicator, DateOnly? AsOf, string? Search = null, int Page = 1, int PageSize = 25)
    : IQuery<PagedList<KpiLaggard>>;

public sealed class ListKpiLaggardsValidator : AbstractValidator<ListKpiLaggards>
{
    public ListKpiLaggardsValidator()
    {
        RuleFor(x => x.Indicator).IsInEnum();
        RuleFor(x => x.AsOf).MustBeAKpiDate();
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListKpiLaggardsHandler(AppDbContext db, ICurrentUser user, KpiCalculator calculator, TimeProvider clock)
    : IQueryHandler<ListKpiLaggards, PagedList<KpiLaggard>>
{
    public async ValueTask<PagedList<KpiLaggard>> Handle(ListKpiLaggards query, CancellationToken cancellationToken)
    {
        await KpiAccess.EnsureProvinceReadableAsync(db, user, query.ProvinceId, cancellationToken);
        var kpis = await calculator.ComputeAsync(query.ProvinceId, query.AsOf ?? VietnamClock.Today(clock), cancellationToken);
        IEnumerable<KpiLaggard> laggards = kpis.Figures.Single(f => f.Indicator == query.Indicator).Laggards;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            laggards = laggards.Where(l => VietnameseText.Fold(l.Name).Contains(folded, StringComparison.Ordinal) || VietnameseText.Fold(l.Code).Contains(folded, StringComparison.Ordinal));
        }
        var all = laggards.ToList();
        return new PagedList<KpiLaggard>(all.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList(), query.Page, query.PageSize, all.Count);
    }
}
