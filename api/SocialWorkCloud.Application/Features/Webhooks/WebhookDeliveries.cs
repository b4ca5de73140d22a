using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Webhooks;

/// <summary>A subscription's delivery log, newest first: status, attempts, last response code, times.</summary>
[RequiresPermission(Permissions.WebhooksManage)]
public sealed record ListWebhookDeliveries(Guid SubscriptionId, int Page, int PageSize) : IQuery<PagedList<WebhookDeliveryDto>>;

public sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveries>
{
    public ListWebhookDeliveriesValidator()
    {
        // The handler clamped these silently; refusing says so (and the document shows the bounds).
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed class ListWebhookDeliveriesHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListWebhookDeliveries, PagedList<WebhookDeliveryDto>>
{
    public async ValueTask<PagedList<WebhookDeliveryDto>> Handle(ListWebhookDeliveries query, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.AsNoTracking().OwnedAsync(user, query.SubscriptionId, cancellationToken);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 100);
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscription.Id);
        var total = await deliveries.CountAsync(cancellationToken);
        var items = await deliveries.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedList<WebhookDeliveryDto>(items.Select(d => d.ToDto()).ToList(), page, size, total);
    }
}

/// <summary>Sends a delivery again (same webhook-id, so the receiver can tell), with a fresh day of retries.</summary>
[RequiresPermission(Permissions.WebhooksManage)]
public sealed record RedeliverWebhook(Guid DeliveryId) : ICommand<WebhookDeliveryDto>;

public sealed class RedeliverWebhookHandler(AppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock) : ICommandHandler<RedeliverWebhook, WebhookDeliveryDto>
{
    public async ValueTask<WebhookDeliveryDto> Handle(RedeliverWebhook command, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries
            .Where(d => d.Id == command.DeliveryId && db.WebhookSubscriptions.OwnedBy(user).Any(s => s.Id == d.SubscriptionId))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Webhook delivery", command.DeliveryId);
        delivery.Redeliver(clock.GetUtcNow());
        outbox.Publish(new WebhookRedeliveryRequested(delivery.Id));
        await db.SaveChangesAsync(cancellationToken);
        return delivery.ToDto();
    }
}
