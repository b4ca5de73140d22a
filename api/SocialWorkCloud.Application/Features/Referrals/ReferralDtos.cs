using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Features.Referrals;

/// <summary>A referral as its sender sees it. For a platform referral the status and answer come from the receiver's package.</summary>
public sealed record ReferralDto(
    Guid Id, Guid CaseId, ReferralTarget Target, AgencyKind? AgencyKind, string? AgencyName, Guid? ReceiverFacilityId,
    string? ReceiverFacilityName, string Reason, DateOnly SentOn, ReferralStatus Status, string? Outcome, string? DeclineReason,
    bool SharesPersonalData, string? ConsentOverrideReason, Guid Version);

/// <summary>What the receiving facility sees: only what the sender chose to share, never the sender's records.</summary>
public sealed record ReferralPackageDto(
    Guid Id, string SenderFacilityName, string Reason, DateOnly SentOn, ReferralStatus Status, string? ClientName, int? BirthYear,
    string? Sex, string? Phone, string? Address, string? ProblemSummary, string? NeedsSummary, string? DeclineReason, Guid? ReceiverCaseId,
    Guid Version);

public static class ReferralMapping
{
    public static ReferralPackageDto ToDto(this ReferralPackage p) => new(
        p.Id, p.SenderFacilityName, p.Reason, p.SentOn, p.Status, p.ClientName, p.BirthYear, p.Sex, p.Phone, p.Address, p.ProblemSummary,
        p.NeedsSummary, p.DeclineReason, p.ReceiverCaseId, p.Version);
}
