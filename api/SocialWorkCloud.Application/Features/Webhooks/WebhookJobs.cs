using System.Globalization;
using System.Text;
using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Webhooks;

namespace SocialWorkCloud.Application.Features.Webhooks;

/// <summary>
/// Fans events out to deliveries and delivers them at least once: an attempt right away, then the back-off of
/// <see cref="WebhookDelivery.Backoff"/> for a day (the <see cref="RetryJobId"/> sweep attempts what is due). A
/// subscription failing for a day is paused and its owner told by e-mail. Jobs carry their facility (fan-out) or
/// their delivery, whose subscription names its owner.
/// </summary>
public sealed class WebhookJobs(AppDbContext db, IHttpClientFactory http, IDataProtectionProvider protection, IBackgroundJobClient jobs, IMailTransport mail,
    TimeProvider clock, ILogger<WebhookJobs> logger)
{
    public const string RetryJobId = "webhook-retries";
    public const string HttpClientName = "webhooks";
    public const string SecretPurpose = "SocialWorkCloud.Webhooks.Secret";

    /// <summary>How long an attempt keeps the sweep away from its delivery.</summary>
    private static readonly TimeSpan AttemptLease = TimeSpan.FromMinutes(2);

    [AutomaticRetry(Attempts = 5)]
    public async Task FanOutAsync(Guid eventId, string type, Guid facilityId, DateTimeOffset occurredAt, string data, CancellationToken cancellationToken)
    {
        var provinceId = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => (Guid?)f.ProvinceId).SingleOrDefaultAsync(cancellationToken);
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Status == WebhookSubscriptionStatus.Active && (s.FacilityId == facilityId || (s.FacilityId == null && s.ProvinceId == provinceId)))
            .ToListAsync(cancellationToken);
        var wanted = subscriptions.Where(s => s.Wants(type)).Select(s => s.Id).ToList();
        if (wanted.Count == 0) return;
        // A second run of the same event (a retried job, a second dispatch) adds nothing.
        var done = await db.WebhookDeliveries.AsNoTracking().Where(d => d.EventId == eventId).Select(d => d.SubscriptionId).ToListAsync(cancellationToken);
        var body = $"{{\"type\":{JsonSerializer.Serialize(type)},\"timestamp\":{JsonSerializer.Serialize(occurredAt.ToUniversalTime())},\"data\":{data}}}";
        var now = clock.GetUtcNow();
        var created = wanted.Except(done).Select(subscriptionId => new WebhookDelivery
        {
            Id = Guid.NewGuid(), SubscriptionId = subscriptionId, EventId = eventId, EventType = type, Payload = body, CreatedAt = now, RetryingSince = now, NextAttemptAt = now,
        }).ToList();
        db.WebhookDeliveries.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        // One job per delivery: a slow receiver holds up nobody else. What is not enqueued, the sweep attempts.
        foreach (var delivery in created) jobs.Enqueue<WebhookJobs>(j => j.DeliverAsync(delivery.Id, CancellationToken.None));
    }

    /// <summary>Attempts every due delivery (the recurring sweep, every minute).</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RetryDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt != null && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(200).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            await DeliverAsync(id, cancellationToken);
        }
    }

    /// <summary>One attempt of a due delivery; its own back-off replaces Hangfire's retries.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task DeliverAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Claimed with a conditional update: the sweep and the first attempt (or two servers) never send it at once.
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt != null && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, now + AttemptLease), cancellationToken);
        if (claimed == 0) return;
        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        if (subscription.Status != WebhookSubscriptionStatus.Active)
        {
            delivery.GiveUp();
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        var (status, error) = await SendAsync(subscription, delivery, now, cancellationToken);
        var at = clock.GetUtcNow();
        if (error is null)
        {
            delivery.Succeeded(status!.Value, at);
            await db.SaveChangesAsync(CancellationToken.None);
            await db.WebhookSubscriptions.Where(s => s.Id == subscription.Id && s.FailingSince != null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailingSince, (DateTimeOffset?)null), CancellationToken.None);
            return;
        }
        delivery.Failed(status, error, at);
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Webhook delivery {DeliveryId} attempt {Attempt} failed: {Error}", delivery.Id, delivery.Attempts, error);
        await RecordFailureAsync(subscription.Id, at);
    }

    /// <summary>Starts the subscription's failure clock; after a day of failures pauses it (once: a conditional update) and tells its owner.</summary>
    private async Task RecordFailureAsync(Guid subscriptionId, DateTimeOffset at)
    {
        await db.WebhookSubscriptions.Where(s => s.Id == subscriptionId && s.FailingSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailingSince, (DateTimeOffset?)at), CancellationToken.None);
        var limit = at - WebhookSubscription.PauseAfterFailingFor;
        var paused = await db.WebhookSubscriptions
            .Where(s => s.Id == subscriptionId && s.Status == WebhookSubscriptionStatus.Active && s.FailingSince != null && s.FailingSince <= limit)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, WebhookSubscriptionStatus.Paused)
                .SetProperty(x => x.PausedAt, (DateTimeOffset?)at)
                .SetProperty(x => x.PausedReason, "failing")
                .SetProperty(x => x.Version, Guid.NewGuid()), CancellationToken.None);
        if (paused == 0) return;
        logger.LogWarning("Webhook subscription {SubscriptionId} paused after a day of failed deliveries", subscriptionId);
        await db.WebhookDeliveries.Where(d => d.SubscriptionId == subscriptionId && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed).SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null), CancellationToken.None);
        try
        {
            await NotifyPausedAsync(subscriptionId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The pause is recorded and shown in the portal; a mail server down does not undo it.
            logger.LogWarning(ex, "The owner of webhook subscription {SubscriptionId} could not be told of its pause", subscriptionId);
        }
    }

    private async Task<(int? Status, string? Error)> SendAsync(WebhookSubscription subscription, WebhookDelivery delivery, DateTimeOffset now, CancellationToken ct)
    {
        var secret = protection.CreateProtector(SecretPurpose).Unprotect(subscription.ProtectedSecret);
        var id = MessageId(delivery.EventId);
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(secret, id, timestamp, delivery.Payload));
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var code = (int)response.StatusCode;
            return (code, code is >= 200 and < 300 ? null : "HTTP " + code.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (null, ex.GetBaseException().Message);
        }
    }

    /// <summary>The <c>webhook-id</c> of an event: the same on every attempt, so a receiver drops duplicates.</summary>
    public static string MessageId(Guid eventId) => "msg_" + eventId.ToString("N");

    private async Task NotifyPausedAsync(Guid subscriptionId)
    {
        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == subscriptionId);
        // The owner: the user who subscribed, or the user who registered the API client that did.
        var ownerId = await db.ApiClients.AsNoTracking().Where(c => c.Id == subscription.CreatedBy).Select(c => c.CreatedBy).SingleOrDefaultAsync()
            ?? subscription.CreatedBy;
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == ownerId && u.IsActive && u.Email != null)
            .Select(u => new { u.Email, u.FullName }).SingleOrDefaultAsync();
        if (owner is null) return;
        var subject = TextCatalog.Get("webhook-paused-mail-subject");
        var text = TextCatalog.Get("webhook-paused-mail-body", subscription.Url);
        await mail.SendAsync(new OutgoingMail(owner.Email!, owner.FullName, subject, "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>", text), CancellationToken.None);
    }
}
