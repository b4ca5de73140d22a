using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.PersonalData;

/// <summary>What a data subject asked for (Law 91/2025): a copy, a correction, a restriction of processing, a deletion.</summary>
public enum DataSubjectRequestKind
{
    Access = 0,
    Correction = 1,
    Restriction = 2,
    Deletion = 3,
}

public enum DataSubjectRequestStatus
{
    Open = 0,
    Completed = 1,
    Refused = 2,
}

/// <summary>
/// A data subject's request about one client, with the date it was received and the date it is due; closed
/// once, by a named person, with what was done (or why it was refused). The record stays when the client is deleted.
/// </summary>
public class DataSubjectRequest : ITenantOwned, IVersioned
{
    private DataSubjectRequest()
    {
    }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    public Guid ClientId { get; private set; }
    public DataSubjectRequestKind Kind { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    /// <summary>Who asked (the client, a guardian, a representative) and what exactly.</summary>
    public string? Detail { get; private set; }
    public DataSubjectRequestStatus Status { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTimeOffset? HandledAt { get; private set; }
    public Guid? HandledBy { get; private set; }
    public Guid Version { get; set; }

    public static DataSubjectRequest Receive(
        Guid clientId, DataSubjectRequestKind kind, DateOnly receivedOn, int deadlineDays, string? detail, Guid? by, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(deadlineDays, 1);
        return new DataSubjectRequest
        {
            Id = Guid.NewGuid(), ClientId = clientId, Kind = kind, ReceivedOn = receivedOn, DueOn = receivedOn.AddDays(deadlineDays),
            Detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim(), Status = DataSubjectRequestStatus.Open, RecordedAt = at, RecordedBy = by,
            Version = Guid.NewGuid(),
        };
    }

    public bool IsOverdue(DateOnly today) => Status == DataSubjectRequestStatus.Open && today > DueOn;

    /// <summary>Closes the request as done or refused; a refusal must say why.</summary>
    public void Close(DataSubjectRequestStatus status, string? outcome, Guid? by, DateTimeOffset at)
    {
        if (Status != DataSubjectRequestStatus.Open) throw new DomainRuleException("data-request-closed");
        if (status == DataSubjectRequestStatus.Open) throw new DomainRuleException("data-request-close-status");
        if (status == DataSubjectRequestStatus.Refused && string.IsNullOrWhiteSpace(outcome)) throw new DomainRuleException("data-request-refusal-reason");
        Status = status;
        Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim();
        HandledBy = by;
        HandledAt = at;
    }
}

/// <summary>The kinds of record the retention rules name (appsettings "Retention").</summary>
public enum RetentionRecordKind
{
    /// <summary>A closed case (with its notes, services, assessments), counted from its closing.</summary>
    ClosedCase = 0,
    /// <summary>A counselling session not on a case, counted from the day it was held.</summary>
    CounsellingSession = 1,
    /// <summary>A client with no case, session, referral or ledger line since, counted from the last activity or registration.</summary>
    InactiveClient = 2,
    /// <summary>A withdrawn consent record, counted from the withdrawal.</summary>
    WithdrawnConsent = 3,
}

/// <summary>
/// One record the monthly retention job found past its retention period: for the unit head to review and
/// decide (nothing is deleted automatically). Each run replaces the facility's list.
/// </summary>
public class RetentionDueItem : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public RetentionRecordKind Kind { get; set; }
    public Guid RecordId { get; set; }
    public Guid? ClientId { get; set; }
    /// <summary>The date the retention period counts from (closing, session, last activity, withdrawal).</summary>
    public DateOnly Since { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTimeOffset ListedAt { get; set; }
}
