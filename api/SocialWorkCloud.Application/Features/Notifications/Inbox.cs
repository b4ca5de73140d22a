using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>An inbox item as the signed-in person reads it: its sentence in their language and the portal page it links to.</summary>
public sealed record NotificationDto(Guid Id, NotificationKind Kind, string Text, string RecordType, Guid RecordId, string Path,
    Guid? FacilityId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record UnreadCount(int Count);

/// <summary>How many unread items of a kind ask the person to act.</summary>
public sealed record AwaitingCount(NotificationKind Kind, int Count);

/// <summary>The signed-in person's inbox, newest first (unread first if asked), optionally one kind or only unread, paged.</summary>
[AnyAuthenticatedCaller]
public sealed record ListMyNotifications(bool UnreadFirst = false, bool UnreadOnly = false, NotificationKind? Kind = null, int Page = 1, int PageSize = 25)
    : IQuery<PagedList<NotificationDto>>;

public sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public ListMyNotificationsValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListMyNotificationsHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListMyNotifications, PagedList<NotificationDto>>
{
    public async ValueTask<PagedList<NotificationDto>> Handle(ListMyNotifications query, CancellationToken cancellationToken)
    {
        var rows = db.Notifications.Mine(user);
        if (query.Kind is { } kind) rows = rows.Where(n => n.Kind == kind);
        if (query.UnreadOnly) rows = rows.Where(n => n.ReadAt == null);
        var total = await rows.CountAsync(cancellationToken);
        var ordered = query.UnreadFirst
            ? rows.OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            : rows.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id);
        var page = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        var items = page.Select(n => new NotificationDto(n.Id, n.Kind, NotificationText.Render(n.Kind, n.Args), n.RecordType, n.RecordId,
            NotificationText.Path(n.RecordType, n.RecordId), n.FacilityId, n.CreatedAt, n.ReadAt)).ToList();
        return new PagedList<NotificationDto>(items, query.Page, query.PageSize, total);
    }
}

/// <summary>How many of the signed-in person's items are unread (the bell; one indexed count).</summary>
[AnyAuthenticatedCaller]
public sealed record GetUnreadNotificationCount : IQuery<UnreadCount>;

public sealed class GetUnreadNotificationCountHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetUnreadNotificationCount, UnreadCount>
{
    public async ValueTask<UnreadCount> Handle(GetUnreadNotificationCount query, CancellationToken cancellationToken) =>
        new(await db.Notifications.Mine(user).CountAsync(n => n.ReadAt == null, cancellationToken));
}

/// <summary>"Việc chờ tôi": the unread items that ask the signed-in person to act, counted per kind.</summary>
[AnyAuthenticatedCaller]
public sealed record GetAwaitingMe : IQuery<IReadOnlyList<AwaitingCount>>;

public sealed class GetAwaitingMeHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetAwaitingMe, IReadOnlyList<AwaitingCount>>
{
    public async ValueTask<IReadOnlyList<AwaitingCount>> Handle(GetAwaitingMe query, CancellationToken cancellationToken)
    {
        var counts = await db.Notifications.Mine(user).Where(n => n.ReadAt == null)
            .GroupBy(n => n.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.Where(c => Notification.AwaitsAction(c.Kind)).OrderBy(c => c.Kind).Select(c => new AwaitingCount(c.Kind, c.Count)).ToList();
    }
}

/// <summary>Marks one of the signed-in person's items read (another person's item is 404).</summary>
[AnyAuthenticatedCaller]
public sealed record MarkNotificationRead(Guid NotificationId) : ICommand;

public sealed class MarkNotificationReadHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationRead>
{
    public async ValueTask<Unit> Handle(MarkNotificationRead command, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? Guid.Empty;
        var item = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.NotificationId && n.RecipientId == me, cancellationToken)
            ?? throw new NotFoundException("Notification", command.NotificationId);
        if (item.ReadAt is null)
        {
            item.MarkRead(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        return Unit.Value;
    }
}

/// <summary>Marks every unread item of the signed-in person read (or those of one kind).</summary>
[AnyAuthenticatedCaller]
public sealed record MarkAllNotificationsRead(NotificationKind? Kind = null) : ICommand;

public sealed class MarkAllNotificationsReadValidator : AbstractValidator<MarkAllNotificationsRead>
{
    public MarkAllNotificationsReadValidator() => RuleFor(x => x.Kind).IsInEnum();
}

public sealed class MarkAllNotificationsReadHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkAllNotificationsRead>
{
    public async ValueTask<Unit> Handle(MarkAllNotificationsRead command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = db.Notifications.Mine(user).Where(n => n.ReadAt == null);
        if (command.Kind is { } kind) rows = rows.Where(n => n.Kind == kind);
        await rows.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return Unit.Value;
    }
}

internal static class NotificationQueries
{
    /// <summary>The signed-in person's own items, never anyone else's (an API client has none).</summary>
    public static IQueryable<Notification> Mine(this DbSet<Notification> notifications, ICurrentUser user)
    {
        var me = user.IsApiClient ? Guid.Empty : user.UserId ?? Guid.Empty;
        return notifications.AsNoTracking().Where(n => n.RecipientId == me);
    }
}
