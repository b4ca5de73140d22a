using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Webhooks;

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

    /// <summary>
    /// Publishes a webhook event of a facility with the command's changes (<paramref name="data"/>: ids and the minimum needed), when
    /// an active subscription of the facility or of its province wants its type. Nearly always none does: then nothing is written and
    /// nothing is dispatched after the commit (issue 19: the claim, the job's enqueue and the mark were a dozen statements per command).
    /// The question is one indexed EXISTS in the command's transaction rather than a per-replica cache, so a subscription committed on any
    /// replica counts for the very next command everywhere.
    /// </summary>
    public static async Task PublishWebhookEventAsync(this IOutbox outbox, AppDbContext db, string type, Guid facilityId, DateTimeOffset at, Func<object> data,
        CancellationToken cancellationToken)
    {
        if (!await IsWantedAsync(db, type, facilityId, cancellationToken)) return;
        outbox.Publish(new WebhookEventOccurred(Guid.NewGuid(), type, facilityId, at, JsonSerializer.Serialize(data(), Json)), facilityId);
    }

    /// <summary>Whether an active subscription of the facility, or of its province, wants events of this type (<see cref="WebhookSubscription.Wants"/>).</summary>
    public static Task<bool> IsWantedAsync(AppDbContext db, string type, Guid facilityId, CancellationToken cancellationToken) =>
        Wanted.For(db)(db, facilityId, " " + type + " ", cancellationToken);

    // The event types are stored space-separated: padded with a space on each side, a type is a whole word of the list.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, string, CancellationToken, Task<bool>>> Wanted = new(() => EF.CompileAsyncQuery<AppDbContext, Guid, string, bool>(
        (AppDbContext db, Guid facilityId, string paddedType, CancellationToken ct) => db.WebhookSubscriptions.Any(s =>
            s.Status == WebhookSubscriptionStatus.Active
            && (s.FacilityId == facilityId
                || (s.FacilityId == null && s.ProvinceId == db.Facilities.Where(f => f.Id == facilityId).Select(f => (Guid?)f.ProvinceId).FirstOrDefault()))
            && (" " + s.EventTypes + " ").Contains(paddedType))));
}
