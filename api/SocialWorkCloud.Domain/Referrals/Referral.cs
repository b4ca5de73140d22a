using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Referrals;

/// <summary>
/// A referral the facility sent: to an external agency (its status kept here), or to another facility
/// on the platform (its status kept on the <see cref="ReferralPackage"/> the receiver sees). Sent with
/// the client's consent for sharing when personal data travels, or the unit head's written override;
/// an external agency's answer is recorded by the sender (sent → accepted / declined), a platform
/// facility answers on its package; an accepted referral is completed with its outcome.
/// </summary>
public class Referral : ITenantOwned, IVersioned
{
    private Referral()
    {
    }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; private set; }
    public Guid ClientId { get; private set; }
    public ReferralTarget Target { get; private set; }
    public AgencyKind? AgencyKind { get; private set; }
    public string? AgencyName { get; private set; }
    public Guid? ReceiverFacilityId { get; private set; }
    public string Reason { get; private set; } = null!;
    public DateOnly SentOn { get; private set; }
    public ReferralStatus Status { get; private set; }
    public string? Outcome { get; private set; }
    public bool SharesPersonalData { get; private set; }
    /// <summary>The unit head's written reason for sharing without a consent for sharing (audited).</summary>
    public string? ConsentOverrideReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public Guid Version { get; set; }

    /// <summary>Sends a referral to an agency off the platform.</summary>
    public static Referral ToAgency(
        Guid caseId, Guid clientId, AgencyKind agencyKind, string agencyName, string reason, DateOnly sentOn, bool sharesPersonalData,
        bool consentInForce, string? consentOverrideReason, Guid? byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyName);
        var referral = Create(caseId, clientId, ReferralTarget.ExternalAgency, reason, sentOn, sharesPersonalData, consentInForce, consentOverrideReason, byUserId, at);
        referral.AgencyKind = agencyKind;
        referral.AgencyName = agencyName.Trim();
        return referral;
    }

    /// <summary>
    /// Sends a referral to another facility on the platform, with the package it will see (only the
    /// <paramref name="shared"/> fields). A facility does not refer to itself.
    /// </summary>
    public static (Referral Referral, ReferralPackage Package) ToFacility(
        Guid caseId, Guid clientId, Guid senderFacilityId, string senderFacilityName, Guid receiverFacilityId, string reason, DateOnly sentOn,
        SharedReferralData shared, bool sharesPersonalData, bool consentInForce, string? consentOverrideReason, Guid? byUserId, DateTimeOffset at)
    {
        EnsureNotToSelf(senderFacilityId, receiverFacilityId);
        var referral = Create(caseId, clientId, ReferralTarget.PlatformFacility, reason, sentOn, sharesPersonalData, consentInForce, consentOverrideReason, byUserId, at);
        referral.ReceiverFacilityId = receiverFacilityId;
        var package = ReferralPackage.For(referral, senderFacilityId, senderFacilityName, shared);
        return (referral, package);
    }

    /// <summary>A facility does not refer to itself.</summary>
    public static void EnsureNotToSelf(Guid? senderFacilityId, Guid? receiverFacilityId)
    {
        if (receiverFacilityId == senderFacilityId) throw new DomainRuleException("own-facility");
    }

    /// <summary>An external agency took the referral on (recorded by the sender; a platform facility answers for itself).</summary>
    public void Accept(ReferralPackage? package = null) => MoveTo(ReferralStatus.Accepted, null, package);

    /// <summary>An external agency declined the referral (recorded by the sender), with its answer if any.</summary>
    public void Decline(string? outcome, ReferralPackage? package = null) => MoveTo(ReferralStatus.Declined, outcome, package);

    /// <summary>The referral was carried out: its outcome is recorded. For a platform referral the package follows.</summary>
    public void Complete(string outcome, ReferralPackage? package = null)
    {
        if (string.IsNullOrWhiteSpace(outcome)) throw new DomainRuleException("outcome-required");
        MoveTo(ReferralStatus.Completed, outcome, package);
    }

    /// <summary>Records the course of the referral the sender reports: <see cref="Accept"/>, <see cref="Decline"/> or <see cref="Complete"/>.</summary>
    public void Record(ReferralStatus status, string? outcome, ReferralPackage? package = null)
    {
        switch (status)
        {
            case ReferralStatus.Accepted or ReferralStatus.Declined: MoveTo(status, outcome, package); break;
            case ReferralStatus.Completed: Complete(outcome!, package); break;
            default: throw new DomainRuleException("referral-status", Status, status);
        }
    }

    private static Referral Create(
        Guid caseId, Guid clientId, ReferralTarget target, string reason, DateOnly sentOn, bool sharesPersonalData, bool consentInForce,
        string? consentOverrideReason, Guid? byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var overrideReason = consentOverrideReason?.Trim();
        if (!sharesPersonalData || consentInForce) overrideReason = null;
        else if (string.IsNullOrEmpty(overrideReason)) throw new DomainRuleException("consent-required");
        return new Referral
        {
            Id = Guid.NewGuid(), CaseId = caseId, ClientId = clientId, Target = target, Reason = reason.Trim(), SentOn = sentOn,
            Status = ReferralStatus.Sent, SharesPersonalData = sharesPersonalData, ConsentOverrideReason = overrideReason,
            CreatedAt = at, CreatedBy = byUserId,
        };
    }

    private void MoveTo(ReferralStatus to, string? outcome, ReferralPackage? package)
    {
        if (Target == ReferralTarget.PlatformFacility && (package is null || package.Id != Id))
            throw new ArgumentException("A platform referral moves with its package.", nameof(package));
        var current = package?.Status ?? Status;
        var allowed = (current, to) switch
        {
            (ReferralStatus.Sent, ReferralStatus.Accepted or ReferralStatus.Declined) => package is null,
            (ReferralStatus.Accepted, ReferralStatus.Completed) => true,
            _ => false,
        };
        if (!allowed) throw new DomainRuleException("referral-status", current, to);
        Status = to;
        Outcome = outcome?.Trim() ?? Outcome;
        package?.Follow(to);
    }
}

/// <summary>What the sender lets the receiving facility see of the client and the case (null: not shared).</summary>
public sealed record SharedReferralData(
    string? ClientName, int? BirthYear, string? Sex, string? Phone, string? Address, string? ProblemSummary, string? NeedsSummary);

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
    private ReferralPackage()
    {
    }

    /// <summary>The same id as the sender's <see cref="Referral"/>.</summary>
    public Guid Id { get; private set; }
    public Guid SenderFacilityId { get; private set; }
    public Guid ReceiverFacilityId { get; private set; }
    public string SenderFacilityName { get; private set; } = null!;
    public string Reason { get; private set; } = null!;
    public DateOnly SentOn { get; private set; }
    public ReferralStatus Status { get; private set; }
    public string? ClientName { get; private set; }
    public int? BirthYear { get; private set; }
    public string? Sex { get; private set; }
    public string? Phone { get; private set; }
    public string? Address { get; private set; }
    public string? ProblemSummary { get; private set; }
    public string? NeedsSummary { get; private set; }
    public string? DeclineReason { get; private set; }
    public Guid? ReceiverCaseId { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public Guid Version { get; set; }

    /// <summary>The receiver takes the referral on: <paramref name="receiverCaseId"/> is the case it opened from it.</summary>
    public void Accept(Guid receiverCaseId, DateTimeOffset at)
    {
        EnsureUnanswered();
        Status = ReferralStatus.Accepted;
        ReceiverCaseId = receiverCaseId;
        AnsweredAt = at;
    }

    /// <summary>The receiver declines the referral, with its reason.</summary>
    public void Decline(string reason, DateTimeOffset at)
    {
        EnsureUnanswered();
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("decline-reason-required");
        Status = ReferralStatus.Declined;
        DeclineReason = reason.Trim();
        AnsweredAt = at;
    }

    internal static ReferralPackage For(Referral referral, Guid senderFacilityId, string senderFacilityName, SharedReferralData shared) => new()
    {
        Id = referral.Id, SenderFacilityId = senderFacilityId, ReceiverFacilityId = referral.ReceiverFacilityId!.Value,
        SenderFacilityName = senderFacilityName, Reason = referral.Reason, SentOn = referral.SentOn, Status = ReferralStatus.Sent,
        ClientName = shared.ClientName, BirthYear = shared.BirthYear, Sex = shared.Sex, Phone = shared.Phone, Address = shared.Address,
        ProblemSummary = shared.ProblemSummary, NeedsSummary = shared.NeedsSummary,
    };

    /// <summary>The sender's completion shows in the package.</summary>
    internal void Follow(ReferralStatus status) => Status = status;

    /// <summary>Refuses a second answer.</summary>
    public void EnsureUnanswered()
    {
        if (Status != ReferralStatus.Sent) throw new DomainRuleException("already-answered");
    }
}
