using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.UnitTests.Domain.Referrals;

public class ReferralTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Guid Sender = Guid.NewGuid();
    private static readonly Guid Receiver = Guid.NewGuid();
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly SharedReferralData Shared = new("Phạm Văn Bình", 1948, "Male", "0978111222", null, "Cần xe lăn", null);

    private static Referral ToAgency(bool shares = false, bool consent = false, string? overrideReason = null) =>
        Referral.ToAgency(Guid.NewGuid(), Guid.NewGuid(), AgencyKind.Police, " Công an phường ", " Nghi bạo lực ", Today, shares, consent, overrideReason, Worker, Now);

    private static (Referral Referral, ReferralPackage Package) ToFacility(bool shares = true, bool consent = true, string? overrideReason = null) =>
        Referral.ToFacility(Guid.NewGuid(), Guid.NewGuid(), Sender, "Bệnh viện A", Receiver, "Theo dõi tại nhà", Today, Shared, shares, consent, overrideReason, Worker, Now);

    private static void ShouldRefuse(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void A_referral_to_an_agency_is_sent_with_its_agency()
    {
        var referral = ToAgency();
        (referral.Target, referral.Status, referral.AgencyKind, referral.AgencyName, referral.Reason, referral.ReceiverFacilityId)
            .ShouldBe((ReferralTarget.ExternalAgency, ReferralStatus.Sent, AgencyKind.Police, "Công an phường", "Nghi bạo lực", null));
        (referral.SentOn, referral.CreatedAt, referral.CreatedBy).ShouldBe((Today, Now, Worker));
    }

    [Fact]
    public void A_referral_to_a_facility_comes_with_the_package_of_what_is_shared()
    {
        var (referral, package) = ToFacility();
        referral.Target.ShouldBe(ReferralTarget.PlatformFacility);
        referral.ReceiverFacilityId.ShouldBe(Receiver);
        referral.AgencyName.ShouldBeNull();
        (package.Id, package.SenderFacilityId, package.ReceiverFacilityId, package.SenderFacilityName, package.Status)
            .ShouldBe((referral.Id, Sender, Receiver, "Bệnh viện A", ReferralStatus.Sent));
        (package.ClientName, package.BirthYear, package.Phone, package.Address, package.ProblemSummary)
            .ShouldBe(("Phạm Văn Bình", 1948, "0978111222", null, "Cần xe lăn"));
    }

    [Fact]
    public void A_facility_does_not_refer_to_itself() =>
        ShouldRefuse(() => Referral.ToFacility(Guid.NewGuid(), Guid.NewGuid(), Sender, "A", Sender, "x", Today, Shared, false, false, null, Worker, Now), "own-facility");

    [Fact]
    public void Sharing_personal_data_without_consent_needs_an_override_reason()
    {
        ShouldRefuse(() => ToAgency(shares: true), "consent-required");
        ShouldRefuse(() => ToFacility(consent: false, overrideReason: "  "), "consent-required");
        ToAgency(shares: true, overrideReason: " Nguy hiểm tính mạng ").ConsentOverrideReason.ShouldBe("Nguy hiểm tính mạng");
    }

    [Fact]
    public void An_override_is_kept_only_when_consent_is_missing_for_shared_data()
    {
        ToAgency(shares: true, consent: true, overrideReason: "x").ConsentOverrideReason.ShouldBeNull();
        ToAgency(shares: false, overrideReason: "x").ConsentOverrideReason.ShouldBeNull();
        ToFacility(shares: true, consent: true, overrideReason: "x").Referral.ConsentOverrideReason.ShouldBeNull();
    }

    [Fact]
    public void An_agency_accepts_then_the_referral_completes_with_its_outcome()
    {
        var referral = ToAgency();
        referral.Accept();
        referral.Status.ShouldBe(ReferralStatus.Accepted);
        ShouldRefuse(() => referral.Complete(" "), "outcome-required");
        referral.Complete(" Đã tiếp nhận vào trung tâm ");
        referral.Status.ShouldBe(ReferralStatus.Completed);
        referral.Outcome.ShouldBe("Đã tiếp nhận vào trung tâm");
    }

    [Fact]
    public void An_agency_may_decline_and_a_declined_referral_goes_nowhere()
    {
        var referral = ToAgency();
        referral.Decline(" Ngoài thẩm quyền ");
        referral.Status.ShouldBe(ReferralStatus.Declined);
        referral.Outcome.ShouldBe("Ngoài thẩm quyền");
        ShouldRefuse(() => referral.Accept(), "referral-status");
        ShouldRefuse(() => referral.Complete("x"), "referral-status");
    }

    [Fact]
    public void A_sent_referral_cannot_complete_and_an_accepted_one_cannot_be_answered_again()
    {
        var referral = ToAgency();
        var refused = Should.Throw<DomainRuleException>(() => referral.Complete("x"));
        refused.Code.ShouldBe("referral-status");
        refused.Args.ShouldBe([ReferralStatus.Sent, ReferralStatus.Completed]);
        referral.Accept();
        ShouldRefuse(() => referral.Accept(), "referral-status");
        ShouldRefuse(() => referral.Decline(null), "referral-status");
        referral.Complete("x");
        ShouldRefuse(() => referral.Complete("y"), "referral-status");
    }

    [Theory]
    [InlineData(ReferralStatus.Accepted, null, ReferralStatus.Accepted)]
    [InlineData(ReferralStatus.Declined, "Không nhận", ReferralStatus.Declined)]
    public void The_sender_records_an_agency_answer_by_status(ReferralStatus status, string? outcome, ReferralStatus expected)
    {
        var referral = ToAgency();
        referral.Record(status, outcome);
        referral.Status.ShouldBe(expected);
        referral.Outcome.ShouldBe(outcome);
        ShouldRefuse(() => ToAgency().Record(ReferralStatus.Sent, null), "referral-status");
    }

    [Fact]
    public void A_platform_facility_answers_for_itself_the_sender_only_completes()
    {
        var (referral, package) = ToFacility();
        ShouldRefuse(() => referral.Accept(package), "referral-status");
        ShouldRefuse(() => referral.Decline(null, package), "referral-status");
        ShouldRefuse(() => referral.Complete("x", package), "referral-status");
        var receiverCase = Guid.NewGuid();
        package.Accept(receiverCase, Now);
        (package.Status, package.ReceiverCaseId, package.AnsweredAt).ShouldBe((ReferralStatus.Accepted, receiverCase, Now));
        referral.Record(ReferralStatus.Completed, "Đã chăm sóc tại nhà", package);
        referral.Status.ShouldBe(ReferralStatus.Completed);
        package.Status.ShouldBe(ReferralStatus.Completed);
    }

    [Fact]
    public void A_platform_referral_moves_only_with_its_own_package()
    {
        var (referral, _) = ToFacility();
        Should.Throw<ArgumentException>(() => referral.Complete("x"));
        Should.Throw<ArgumentException>(() => referral.Complete("x", ToFacility().Package));
    }

    [Fact]
    public void The_receiver_declines_with_a_reason_and_answers_once()
    {
        var (_, package) = ToFacility();
        ShouldRefuse(() => package.Decline(" ", Now), "decline-reason-required");
        package.Decline(" Ngoài địa bàn ", Now);
        (package.Status, package.DeclineReason, package.AnsweredAt).ShouldBe((ReferralStatus.Declined, "Ngoài địa bàn", Now));
        ShouldRefuse(() => package.Accept(Guid.NewGuid(), Now), "already-answered");
        ShouldRefuse(() => package.Decline("x", Now), "already-answered");
        ShouldRefuse(package.EnsureUnanswered, "already-answered");
    }

    [Fact]
    public void An_accepted_package_cannot_be_answered_again()
    {
        var (_, package) = ToFacility();
        package.Accept(Guid.NewGuid(), Now);
        ShouldRefuse(() => package.Decline("x", Now), "already-answered");
        ShouldRefuse(() => package.Accept(Guid.NewGuid(), Now), "already-answered");
    }
}
