using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

public sealed class NotificationEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var me = v1.MapGroup("/me").WithTags("Notifications").RequireAuthorization().WithStandardProblems();
        me.MapGet("/notifications", ListMyNotifications).WithName(nameof(ListMyNotifications))
            .WithSummary("My inbox: newest first (unread first if asked), one kind or only unread, paged");
        me.MapGet("/notifications/unread-count", GetUnreadNotificationCount).WithName(nameof(GetUnreadNotificationCount))
            .WithSummary("How many of my items are unread (the bell)");
        me.MapGet("/notifications/awaiting", GetAwaitingMe).WithName(nameof(GetAwaitingMe))
            .WithSummary("\"Việc chờ tôi\": my unread items that ask me to act, counted per kind");
        me.MapPost("/notifications/{notificationId:guid}/read", MarkNotificationRead).WithName(nameof(MarkNotificationRead))
            .WithSummary("Mark one of my items read");
        me.MapPost("/notifications/read-all", MarkAllNotificationsRead).WithName(nameof(MarkAllNotificationsRead))
            .WithSummary("Mark all my unread items read (or those of one kind)");
        me.MapGet("/notification-preferences", GetNotificationPreferences).WithName(nameof(GetNotificationPreferences))
            .WithSummary("Which kinds I also get by e-mail (urgent kinds at once, the rest in the morning digest)");
        me.MapPut("/notification-preferences", UpdateNotificationPreferences).WithName(nameof(UpdateNotificationPreferences))
            .WithSummary("Choose per kind whether it is also e-mailed; the inbox always has every kind");
    }

    /// <param name="unreadFirst">Unread items before read ones (each newest first).</param>
    /// <param name="unreadOnly">Only unread items.</param>
    /// <param name="kind">Only items of this kind.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1–200 (default 25).</param>
    public static ValueTask<Ok<PagedList<NotificationDto>>> ListMyNotifications(bool? unreadFirst, bool? unreadOnly, NotificationKind? kind, int? page, int? pageSize,
        IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListMyNotifications(unreadFirst ?? false, unreadOnly ?? false, kind, page ?? 1, pageSize ?? 25), ct);

    public static ValueTask<Ok<UnreadCount>> GetUnreadNotificationCount(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetUnreadNotificationCount(), ct);

    public static ValueTask<Ok<IReadOnlyList<AwaitingCount>>> GetAwaitingMe(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetAwaitingMe(), ct);

    public static async Task<NoContent> MarkNotificationRead(Guid notificationId, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new MarkNotificationRead(notificationId), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> MarkAllNotificationsRead(MarkAllNotificationsRead request, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(request, ct);
        return TypedResults.NoContent();
    }

    public static ValueTask<Ok<IReadOnlyList<NotificationPreferenceDto>>> GetNotificationPreferences(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetNotificationPreferences(), ct);

    public static ValueTask<Ok<IReadOnlyList<NotificationPreferenceDto>>> UpdateNotificationPreferences(UpdateNotificationPreferences request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);
}
