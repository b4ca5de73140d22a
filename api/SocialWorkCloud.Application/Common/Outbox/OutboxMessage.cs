using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Common.Outbox;

/// <summary>
/// Work a command hands on once it has committed: written in the command's transaction (so it exists
/// exactly when the command's changes do), turned into a background job after the commit, and picked up
/// by the sweep if the process stopped in between.
/// </summary>
[GlobalEntity("Infrastructure, not business data: each message carries its tenant (facility or province) in its payload, and the job it becomes enters that tenant itself; written only through IOutbox, read only by the dispatcher.")]
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The message's stable name (<see cref="OutboxMessageTypeAttribute"/>), which picks its handler.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The message as JSON.</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary>The facility the work belongs to, when it belongs to one (for operators; the payload is authoritative).</summary>
    public Guid? FacilityId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a dispatcher took the row; another dispatcher leaves it alone until the lease runs out.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>When its background job was enqueued; null while it still waits.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>The background job the message became.</summary>
    public string? JobId { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
