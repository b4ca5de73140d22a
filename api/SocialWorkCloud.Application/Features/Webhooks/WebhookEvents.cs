using System.Text.Json;
using Hangfire;
using SocialWorkCloud.Application.Common.Outbox;

namespace SocialWorkCloud.Application.Features.Webhooks;

/// <summary>
/// Something integrators may subscribe to happened in a facility. Published in the transaction that caused it;
/// after the commit it becomes a fan-out job that writes one delivery per subscription that wants it.
/// <see cref="Data"/> is the event's JSON (ids and the minimum needed — never a client's identifiers or names).
/// </summary>
[OutboxMessageType("webhooks.event")]
public sealed record WebhookEventOccurred(Guid EventId, string Type, Guid FacilityId, DateTimeOffset OccurredAt, string Data) : IOutboxMessage;

public sealed class WebhookEventOccurredHandler(IBackgroundJobClient jobs) : IOutboxHandler<WebhookEventOccurred>
{
    public string Dispatch(WebhookEventOccurred message) =>
        jobs.Enqueue<WebhookJobs>(j => j.FanOutAsync(message.EventId, message.Type, message.FacilityId, message.OccurredAt, message.Data, CancellationToken.None));
}

/// <summary>The owner asked for a delivery again: attempt it at once (the retry sweep would otherwise reach it within a minute).</summary>
[OutboxMessageType("webhooks.redeliver")]
public sealed record WebhookRedeliveryRequested(Guid DeliveryId) : IOutboxMessage;

public sealed class WebhookRedeliveryRequestedHandler(IBackgroundJobClient jobs) : IOutboxHandler<WebhookRedeliveryRequested>
{
    public string Dispatch(WebhookRedeliveryRequested message) =>
        jobs.Enqueue<WebhookJobs>(j => j.DeliverAsync(message.DeliveryId, CancellationToken.None));
}

public static class WebhookEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Publishes a webhook event of a facility with the command's changes (<paramref name="data"/>: ids and the minimum needed).</summary>
    public static void PublishWebhookEvent(this IOutbox outbox, string type, Guid facilityId, DateTimeOffset at, object data) =>
        outbox.Publish(new WebhookEventOccurred(Guid.NewGuid(), type, facilityId, at, JsonSerializer.Serialize(data, Json)), facilityId);
}
