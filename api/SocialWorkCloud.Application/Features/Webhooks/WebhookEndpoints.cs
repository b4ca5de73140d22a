using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Paging;

namespace SocialWorkCloud.Application.Features.Webhooks;

public sealed class WebhookEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var hooks = v1.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization().WithStandardProblems();
        hooks.MapGet("/event-types", ListWebhookEventTypes).WithName(nameof(ListWebhookEventTypes))
            .WithSummary("The event catalogue: the types a subscription may choose, with what each announces");
        hooks.MapGet("/subscriptions", ListWebhookSubscriptions).WithName(nameof(ListWebhookSubscriptions))
            .WithSummary("The webhook subscriptions of the caller's facility or province");
        hooks.MapPost("/subscriptions", CreateWebhookSubscription).WithName(nameof(CreateWebhookSubscription))
            .WithSummary("Subscribe to events; the signing secret is in this response only")
            .WithDescription("Deliveries follow Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature; see the README's event catalogue). "
                + "In production the URL must be https and resolve to public addresses only.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        hooks.MapPut("/subscriptions/{subscriptionId:guid}", UpdateWebhookSubscription).WithName(nameof(UpdateWebhookSubscription))
            .WithSummary("Change a subscription's URL, events or description")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        hooks.MapDelete("/subscriptions/{subscriptionId:guid}", DeleteWebhookSubscription).WithName(nameof(DeleteWebhookSubscription))
            .WithSummary("Remove a subscription and its delivery log");
        hooks.MapPost("/subscriptions/{subscriptionId:guid}/secret", RotateWebhookSecret).WithName(nameof(RotateWebhookSecret))
            .WithSummary("Rotate the signing secret; the new one is in this response only");
        hooks.MapPost("/subscriptions/{subscriptionId:guid}/pause", PauseWebhookSubscription).WithName(nameof(PauseWebhookSubscription))
            .WithSummary("Pause deliveries");
        hooks.MapPost("/subscriptions/{subscriptionId:guid}/resume", ResumeWebhookSubscription).WithName(nameof(ResumeWebhookSubscription))
            .WithSummary("Resume deliveries (also after the platform paused a failing subscription)");
        hooks.MapGet("/subscriptions/{subscriptionId:guid}/deliveries", ListWebhookDeliveries).WithName(nameof(ListWebhookDeliveries))
            .WithSummary("The delivery log, newest first");
        hooks.MapPost("/deliveries/{deliveryId:guid}/redeliver", RedeliverWebhook).WithName(nameof(RedeliverWebhook))
            .WithSummary("Send a delivery again")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static ValueTask<Ok<IReadOnlyList<WebhookEventTypeDto>>> ListWebhookEventTypes(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListWebhookEventTypes(), ct);

    public static ValueTask<Ok<IReadOnlyList<WebhookSubscriptionDto>>> ListWebhookSubscriptions(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListWebhookSubscriptions(), ct);

    public static async Task<Created<CreatedWebhookSubscription>> CreateWebhookSubscription(CreateWebhookSubscription request, IMediator mediator, CancellationToken ct)
    {
        var created = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/webhooks/subscriptions/{created.Subscription.Id}", created);
    }

    public static ValueTask<Ok<WebhookSubscriptionDto>> UpdateWebhookSubscription(Guid subscriptionId, UpdateWebhookSubscription request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { SubscriptionId = subscriptionId }, ct);

    public static async Task<NoContent> DeleteWebhookSubscription(Guid subscriptionId, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteWebhookSubscription(subscriptionId), ct);
        return TypedResults.NoContent();
    }

    public static ValueTask<Ok<WebhookSecret>> RotateWebhookSecret(Guid subscriptionId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new RotateWebhookSecret(subscriptionId), ct);

    public static ValueTask<Ok<WebhookSubscriptionDto>> PauseWebhookSubscription(Guid subscriptionId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new SetWebhookSubscriptionPaused(subscriptionId, Paused: true), ct);

    public static ValueTask<Ok<WebhookSubscriptionDto>> ResumeWebhookSubscription(Guid subscriptionId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new SetWebhookSubscriptionPaused(subscriptionId, Paused: false), ct);

    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 100 (default 25).</param>
    public static ValueTask<Ok<PagedList<WebhookDeliveryDto>>> ListWebhookDeliveries(Guid subscriptionId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListWebhookDeliveries(subscriptionId, page ?? 1, pageSize ?? 25), ct);

    public static ValueTask<Ok<WebhookDeliveryDto>> RedeliverWebhook(Guid deliveryId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new RedeliverWebhook(deliveryId), ct);
}
