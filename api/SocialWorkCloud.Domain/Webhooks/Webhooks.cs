using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Webhooks;

/// <summary>The events an integrator may subscribe to (the README's event catalogue).</summary>
public static class WebhookEventTypes
{
    public const string ReferralReceived = "referral.received";
    public const string ReportSubmitted = "report.submitted";
    public const string ReportApproved = "report.approved";
    public const string LedgerEntryRecorded = "ledger.entry.recorded";
    public const string CaseClosed = "case.closed";
    public const string UnitStatusChanged = "unit-status.changed";
    public const string TallyRecorded = "tally.recorded";

    public static readonly IReadOnlyList<string> All =
        [ReferralReceived, ReportSubmitted, ReportApproved, LedgerEntryRecorded, CaseClosed, UnitStatusChanged, TallyRecorded];
}

public enum WebhookSubscriptionStatus
{
    Active = 1,
    /// <summary>Paused by its owner, or by the platform after a day of failed deliveries; nothing is delivered until resumed.</summary>
    Paused = 2,
}

/// <summary>
/// An integrator's subscription: deliveries of the chosen event types of one facility, or of every facility
/// of one province, to an https URL, signed with the subscription's secret (Standard Webhooks).
/// </summary>
[GlobalEntity("Owned by a facility or by a province (a province-bound client or officer): read and written only through the purpose-written OwnedBy scope and the delivery jobs.")]
public class WebhookSubscription : IVersioned
{
    /// <summary>A day of failures and nobody fixed the receiver: stop trying.</summary>
    public static readonly TimeSpan PauseAfterFailingFor = TimeSpan.FromHours(24);

    public Guid Id { get; set; }
    public Guid? FacilityId { get; set; }
    public Guid? ProvinceId { get; set; }
    public required string Url { get; set; }
    /// <summary>Space-separated event types (<see cref="WebhookEventTypes"/>).</summary>
    public required string EventTypes { get; set; }
    public string? Description { get; set; }
    /// <summary>The signing secret (whsec_…), protected by the data-protection key ring; shown to the owner once.</summary>
    public required string ProtectedSecret { get; set; }
    public WebhookSubscriptionStatus Status { get; private set; } = WebhookSubscriptionStatus.Active;
    public DateTimeOffset? PausedAt { get; private set; }
    /// <summary>"owner" or "failing": who paused it.</summary>
    public string? PausedReason { get; private set; }
    /// <summary>The first failed delivery since the last success; null while deliveries succeed (kept by the delivery job with conditional updates: attempts run in parallel).</summary>
    public DateTimeOffset? FailingSince { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The user or API client that created it (its owner's contact for a pause notice).</summary>
    public Guid? CreatedBy { get; set; }
    public Guid Version { get; set; }

    public IReadOnlyList<string> Events => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Wants(string eventType) => Status == WebhookSubscriptionStatus.Active && Events.Contains(eventType);

    public void Pause(DateTimeOffset at)
    {
        if (Status == WebhookSubscriptionStatus.Paused) return;
        Status = WebhookSubscriptionStatus.Paused;
        PausedAt = at;
        PausedReason = "owner";
    }

    /// <summary>Resumed by its owner: deliveries start again, and the failure clock starts afresh.</summary>
    public void Resume()
    {
        Status = WebhookSubscriptionStatus.Active;
        PausedAt = null;
        PausedReason = null;
        FailingSince = null;
    }
}

public enum WebhookDeliveryStatus
{
    Pending = 1,
    Succeeded = 2,
    /// <summary>Retried for a day without success (or its subscription was paused): given up; the owner may redeliver.</summary>
    Failed = 3,
}

/// <summary>One event for one subscription, delivered at least once: its attempts, last answer and schedule.</summary>
[GlobalEntity("Belongs to a subscription (owned by a facility or a province): read only through its subscription's OwnedBy scope and by the delivery jobs.")]
public class WebhookDelivery
{
    /// <summary>Waits after the 1st, 2nd, … failed attempt (then the last one again), for at most <see cref="RetryFor"/>.</summary>
    public static readonly TimeSpan[] Backoff =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10),
    ];

    public static readonly TimeSpan RetryFor = TimeSpan.FromHours(24);

    public Guid Id { get; set; }
    public Guid SubscriptionId { get; set; }
    /// <summary>The event's id: the <c>webhook-id</c> header, the same on every attempt and redelivery, so receivers can drop duplicates.</summary>
    public Guid EventId { get; set; }
    public required string EventType { get; set; }
    /// <summary>The exact body sent on every attempt.</summary>
    public required string Payload { get; set; }
    public WebhookDeliveryStatus Status { get; private set; } = WebhookDeliveryStatus.Pending;
    public int Attempts { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Start of the current day of retries (the creation, or the last manual redelivery).</summary>
    public DateTimeOffset RetryingSince { get; set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    public void Succeeded(int statusCode, DateTimeOffset at)
    {
        Attempts++;
        LastAttemptAt = at;
        LastStatusCode = statusCode;
        LastError = null;
        Status = WebhookDeliveryStatus.Succeeded;
        DeliveredAt = at;
        NextAttemptAt = null;
    }

    /// <summary>A failed attempt: the next one is scheduled by the back-off, or the delivery gives up after a day.</summary>
    public void Failed(int? statusCode, string error, DateTimeOffset at)
    {
        Attempts++;
        LastAttemptAt = at;
        LastStatusCode = statusCode;
        LastError = error.Length > 500 ? error[..500] : error;
        // The last attempt is the first one a day or more after the start, so a day of failures is always seen (and pauses the subscription).
        if (at - RetryingSince >= RetryFor) GiveUp();
        else NextAttemptAt = at + Backoff[Math.Min(Attempts, Backoff.Length) - 1];
    }

    public void GiveUp()
    {
        Status = WebhookDeliveryStatus.Failed;
        NextAttemptAt = null;
    }

    /// <summary>The owner asks for it again: one more attempt now, with a fresh day of retries.</summary>
    public void Redeliver(DateTimeOffset at)
    {
        if (Status == WebhookDeliveryStatus.Pending) throw new DomainRuleException("webhook-delivery-pending");
        Status = WebhookDeliveryStatus.Pending;
        RetryingSince = at;
        NextAttemptAt = at;
    }
}
