using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Referrals;

/// <summary>
/// A referral the facility sent: to an external agency (its status kept here), or to another facility
/// on the platform (its status kept on the <see cref="ReferralPackage"/> the receiver sees).
/// </summary>
public class Referral : ITenantOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public ReferralTarget Target { get; set; }
    public AgencyKind? AgencyKind { get; set; }
    public string? AgencyName { get; set; }
    public Guid? ReceiverFacilityId { get; set; }
    public required string Reason { get; set; }
    public DateOnly SentOn { get; set; }
    public ReferralStatus Status { get; set; }
    public string? Outcome { get; set; }
    public bool SharesPersonalData { get; set; }
    /// <summary>The unit head's written reason for sharing without a consent for sharing (audited).</summary>
    public string? ConsentOverrideReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public Guid Version { get; set; }
}

public enum ReferralTarget
{
    ExternalAgency = 0,
    PlatformFacility = 1,
}

public enum AgencyKind
{
    Police = 0,
    Justice = 1,
    SocialProtectionCentre = 2,
    School = 3,
    Ngo = 4,
    HospitalOffPlatform = 5,
    Other = 6,
}

public enum ReferralStatus
{
    Sent = 0,
    Accepted = 1,
    Declined = 2,
    Completed = 3,
}

/// <summary>
/// What the receiving facility of a platform referral sees: only the fields the sender chose to share.
/// It belongs to two tenants at once (sender and receiver), so it is read through purpose-written
/// queries only: the sender by <see cref="SenderFacilityId"/>, the receiver by <see cref="ReceiverFacilityId"/>.
/// </summary>
[GlobalEntity("Shared by the sending and the receiving facility of a referral; read only through ReferralInbox scoping by sender or receiver.")]
public class ReferralPackage : IVersioned
{
    /// <summary>The same id as the sender's <see cref="Referral"/>.</summary>
    public Guid Id { get; set; }
    public Guid SenderFacilityId { get; set; }
    public Guid ReceiverFacilityId { get; set; }
    public required string SenderFacilityName { get; set; }
    public required string Reason { get; set; }
    public DateOnly SentOn { get; set; }
    public ReferralStatus Status { get; set; }
    public string? ClientName { get; set; }
    public int? BirthYear { get; set; }
    public string? Sex { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? ProblemSummary { get; set; }
    public string? NeedsSummary { get; set; }
    public string? DeclineReason { get; set; }
    public Guid? ReceiverCaseId { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public Guid Version { get; set; }
}
