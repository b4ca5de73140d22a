using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Notifications;

/// <summary>
/// One item of a person's inbox: something happened (or fell due) that this person must act on or learn.
/// Written by the notification job from an event published in the transaction that caused it; the text is
/// rendered when read, in the reader's language, from <see cref="Kind"/> and <see cref="Args"/>.
/// </summary>
[GlobalEntity("A person's inbox item: written for recipients resolved inside one facility or province (never across), read only through queries restricted to the signed-in recipient (RecipientId); a province officer's items belong to no facility.")]
public sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }
    public Guid RecipientId { get; private set; }
    /// <summary>The facility the event happened in (null for a province's own events, e.g. a failed KPI run).</summary>
    public Guid? FacilityId { get; private set; }
    public Guid? ProvinceId { get; private set; }
    public NotificationKind Kind { get; private set; }
    /// <summary>What the item links to: "case", "referral", "report", "annual-plan", "distribution", "kpi-run", "staff", "recommendation", "task".</summary>
    public string RecordType { get; private set; } = null!;
    public Guid RecordId { get; private set; }
    /// <summary>The text's arguments as a JSON array of strings (never a sensitive case's client).</summary>
    public string Args { get; private set; } = "[]";
    /// <summary>Makes writing idempotent: one item per event (or deadline and day) and recipient.</summary>
    public string EventKey { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    /// <summary>When the item left by e-mail (at once for urgent kinds, in the morning digest otherwise); null while waiting or not wanted.</summary>
    public DateTimeOffset? EmailedAt { get; private set; }

    public static Notification Create(Guid recipientId, Guid? facilityId, Guid? provinceId, NotificationKind kind, string recordType, Guid recordId,
        string args, string eventKey, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), RecipientId = recipientId, FacilityId = facilityId, ProvinceId = provinceId, Kind = kind, RecordType = recordType,
        RecordId = recordId, Args = args, EventKey = eventKey, CreatedAt = at,
    };

    /// <summary>Marks the item read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public void MarkEmailed(DateTimeOffset at) => EmailedAt ??= at;

    /// <summary>The kinds e-mailed at once rather than in the morning digest.</summary>
    public static bool IsUrgent(NotificationKind kind) =>
        kind is NotificationKind.ChildAtHighRisk or NotificationKind.ReferralReceived or NotificationKind.ReportReturned;

    /// <summary>The kinds that ask the reader to do something ("Việc chờ tôi").</summary>
    public static bool AwaitsAction(NotificationKind kind) => kind is
        NotificationKind.CasePlanApprovalRequested or NotificationKind.CaseClosureApprovalRequested or NotificationKind.DistributionApprovalRequested
        or NotificationKind.AnnualPlanSubmitted or NotificationKind.AnnualPlanReturned
        or NotificationKind.FiveYearPlanSubmitted or NotificationKind.FiveYearPlanReturned
        or NotificationKind.ReportSubmitted or NotificationKind.ReportReturned or NotificationKind.ReportReopened
        or NotificationKind.ReferralReceived or NotificationKind.ChildAtHighRisk
        or NotificationKind.ReportDue or NotificationKind.ReportOverdue or NotificationKind.TaskDue or NotificationKind.TaskOverdue
        or NotificationKind.RecommendationDue or NotificationKind.RecommendationOverdue
        or NotificationKind.CertificateExpiring or NotificationKind.PractisingWithoutCertificate;
}

/// <summary>What a notification is about. Stored by name: add new kinds freely, never rename one.</summary>
public enum NotificationKind
{
    CasePlanApprovalRequested = 1,
    CasePlanApproved = 2,
    CasePlanReturned = 3,
    CaseClosureApprovalRequested = 4,
    CaseClosureApproved = 5,
    CaseClosureReturned = 6,
    DistributionApprovalRequested = 7,
    DistributionApproved = 8,
    DistributionRejected = 9,
    AnnualPlanSubmitted = 10,
    AnnualPlanAcknowledged = 11,
    AnnualPlanReturned = 12,
    ReportSubmitted = 13,
    ReportReturned = 14,
    ReportApproved = 15,
    ReportReopened = 16,
    ReferralReceived = 17,
    ReferralAccepted = 18,
    ReferralDeclined = 19,
    ReferralCompleted = 20,
    ChildAtHighRisk = 21,
    KpiRunFailed = 22,
    ReportGenerationFailed = 23,
    ReportDue = 24,
    ReportOverdue = 25,
    TaskDue = 26,
    TaskOverdue = 27,
    RecommendationDue = 28,
    RecommendationOverdue = 29,
    CertificateExpiring = 30,
    PractisingWithoutCertificate = 31,
    /// <summary>A facility's records contradict its declared unit status: a hint to its unit heads and the province, never a change.</summary>
    UnitStatusContradicted = 32,
    FiveYearPlanSubmitted = 33,
    FiveYearPlanAcknowledged = 34,
    FiveYearPlanReturned = 35,
}

/// <summary>
/// A person's choice for one kind of notification: whether it is also e-mailed. No row means the default
/// (e-mailed: urgent kinds at once, the rest in the morning digest). The inbox always has every kind.
/// </summary>
[GlobalEntity("A person's own setting, read and written only by that signed-in person (UserId).")]
public sealed class NotificationPreference
{
    public Guid UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public bool Email { get; set; }
}
