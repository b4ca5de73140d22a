using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>Activities that took place (one-off and confirmed occurrences), newest first, paged.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record ListCharityActivities(CharityKind? Kind = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 25)
    : IQuery<PagedList<CharityActivityDto>>;

public sealed class ListCharityActivitiesValidator : AbstractValidator<ListCharityActivities>
{
    public ListCharityActivitiesValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.From).MustBeAnActivityDate();
        RuleFor(x => x.To).MustBeAnActivityDate();
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListCharityActivitiesHandler(AppDbContext db) : IQueryHandler<ListCharityActivities, PagedList<CharityActivityDto>>
{
    public async ValueTask<PagedList<CharityActivityDto>> Handle(ListCharityActivities query, CancellationToken cancellationToken)
    {
        var activities = db.CharityActivities.AsNoTracking();
        if (query.Kind is { } kind) activities = activities.Where(a => a.Kind == kind);
        if (query.From is { } from) activities = activities.Where(a => a.Date >= from);
        if (query.To is { } to) activities = activities.Where(a => a.Date <= to);
        var total = await activities.CountAsync(cancellationToken);
        var rows = await activities.OrderByDescending(a => a.Date).ThenBy(a => a.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedList<CharityActivityDto>(rows.Select(a => a.ToDto()).ToList(), query.Page, query.PageSize, total);
    }
}
