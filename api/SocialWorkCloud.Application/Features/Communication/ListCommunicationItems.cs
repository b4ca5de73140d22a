using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Communication;

namespace SocialWorkCloud.Application.Features.Communication;

/// <summary>Communication items, newest first, filtered by channel and dates, paged.</summary>
/// <param name="MassMedia">Only the items carried by the mass media (press, radio, TV).</param>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record ListCommunicationItems(
    CommunicationChannel? Channel = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 25, bool MassMedia = false)
    : IQuery<PagedList<CommunicationItemDto>>;

public sealed class ListCommunicationItemsValidator : AbstractValidator<ListCommunicationItems>
{
    public ListCommunicationItemsValidator()
    {
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.From).MustBeAnActivityDate();
        RuleFor(x => x.To).MustBeAnActivityDate();
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListCommunicationItemsHandler(AppDbContext db) : IQueryHandler<ListCommunicationItems, PagedList<CommunicationItemDto>>
{
    public async ValueTask<PagedList<CommunicationItemDto>> Handle(ListCommunicationItems query, CancellationToken cancellationToken)
    {
        var items = db.CommunicationItems.AsNoTracking();
        if (query.Channel is { } channel) items = items.Where(i => i.Channel == channel);
        if (query.MassMedia)
        {
            var massMedia = CommunicationChannels.MassMedia;
            items = items.Where(i => massMedia.Contains(i.Channel));
        }
        if (query.From is { } from) items = items.Where(i => i.Date >= from);
        if (query.To is { } to) items = items.Where(i => i.Date <= to);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderByDescending(i => i.Date).ThenBy(i => i.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(i => new CommunicationItemDto(i.Id, i.Channel, i.Title, i.Date, i.Topic, i.AudienceReached, i.Link))
            .ToListAsync(cancellationToken);
        return new PagedList<CommunicationItemDto>(rows, query.Page, query.PageSize, total);
    }
}
