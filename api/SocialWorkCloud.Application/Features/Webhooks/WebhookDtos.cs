using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Webhooks;

namespace SocialWorkCloud.Application.Features.Webhooks;

public sealed record WebhookSubscriptionDto(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, WebhookSubscriptionStatus Status, DateTimeOffset? PausedAt, string? PausedReason,
    DateTimeOffset? FailingSince, Guid? FacilityId, Guid? ProvinceId, DateTimeOffset CreatedAt, Guid Version, WebhookLastDelivery? LastDelivery = null);

/// <summary>A subscription's newest delivery as its list shows it: when it was last tried (or queued), how it went, the receiver's HTTP status.</summary>
public sealed record WebhookLastDelivery(Guid Id, string EventType, DateTimeOffset At, WebhookDeliveryStatus Status, int? StatusCode);

/// <summary>An event type a subscription may choose, with what it announces (in the caller's language).</summary>
public sealed record WebhookEventTypeDto(string Type, string Description);

/// <summary>The one answer that carries the signing secret (whsec_…): it is never shown again (rotate to get a new one).</summary>
public sealed record CreatedWebhookSubscription(WebhookSubscriptionDto Subscription, string Secret);

public sealed record WebhookSecret(string Secret);

public sealed record WebhookDeliveryDto(
    Guid Id, Guid EventId, string WebhookId, string EventType, WebhookDeliveryStatus Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt);

internal static class WebhookMapping
{
    public static WebhookSubscriptionDto ToDto(this WebhookSubscription s, WebhookLastDelivery? last = null) => new(
        s.Id, s.Url, s.Events, s.Description, s.Status, s.PausedAt, s.PausedReason, s.FailingSince, s.FacilityId, s.ProvinceId, s.CreatedAt, s.Version, last);

    public static WebhookDeliveryDto ToDto(this WebhookDelivery d) => new(
        d.Id, d.EventId, WebhookJobs.MessageId(d.EventId), d.EventType, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.CreatedAt, d.LastAttemptAt,
        d.NextAttemptAt, d.DeliveredAt);

    /// <summary>The subscriptions of the caller's facility, or of its province (a province officer or province-bound client); anything else is not found.</summary>
    public static IQueryable<WebhookSubscription> OwnedBy(this IQueryable<WebhookSubscription> subscriptions, ICurrentUser user)
    {
        if (user.FacilityId is { } facilityId) return subscriptions.Where(s => s.FacilityId == facilityId);
        if (user.ProvinceId is { } provinceId) return subscriptions.Where(s => s.FacilityId == null && s.ProvinceId == provinceId);
        return subscriptions.Where(_ => false);
    }

    public static async Task<WebhookSubscription> OwnedAsync(this IQueryable<WebhookSubscription> subscriptions, ICurrentUser user, Guid id, CancellationToken ct) =>
        await subscriptions.OwnedBy(user).SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Webhook subscription", id);
}
