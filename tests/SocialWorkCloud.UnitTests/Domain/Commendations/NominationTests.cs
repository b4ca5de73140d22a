using SocialWorkCloud.Domain.Commendations;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.UnitTests.Domain.Commendations;

public class NominationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private static NominationDetails Details(string name = "  Phòng Công tác xã hội ", NomineeKind kind = NomineeKind.Unit, Guid? staff = null) =>
        new(2026, kind, name, "  ", staff, AwardKind.Other, " Bằng khen của UBND tỉnh ", " Thành tích xuất sắc ");

    private static Nomination Draft() => Nomination.Draft(Guid.NewGuid(), Details(), Now);

    private static Nomination Submitted()
    {
        var nomination = Draft();
        nomination.Submit(Now.AddDays(1));
        return nomination;
    }

    private static void ShouldRefuse(Action act, string code) => Should.Throw<DomainRuleException>(act).Code.ShouldBe(code);

    [Fact]
    public void A_new_nomination_is_a_draft_with_its_search_name()
    {
        var nomination = Draft();
        nomination.Status.ShouldBe(NominationStatus.Draft);
        nomination.NomineeName.ShouldBe("Phòng Công tác xã hội");
        nomination.SearchName.ShouldBe("phong cong tac xa hoi");
        nomination.NomineeTitle.ShouldBeNull();
        nomination.AwardText.ShouldBe("Bằng khen của UBND tỉnh");
        nomination.Achievements.ShouldBe("Thành tích xuất sắc");
        nomination.SubmittedAt.ShouldBeNull();
    }

    [Fact]
    public void A_draft_is_revised()
    {
        var nomination = Draft();
        var staff = Guid.NewGuid();
        nomination.Revise(Details("Lê Văn Minh", NomineeKind.Person, staff));
        (nomination.NomineeName, nomination.SearchName, nomination.NomineeKind, nomination.StaffMemberId)
            .ShouldBe(("Lê Văn Minh", "le van minh", NomineeKind.Person, (Guid?)staff));
        nomination.EnsureCanBeDiscarded();
    }

    [Fact]
    public void A_unit_names_no_staff_member() =>
        ShouldRefuse(() => Nomination.Draft(Guid.NewGuid(), Details(staff: Guid.NewGuid()), Now), "unit-names-no-staff");

    [Fact]
    public void Submitting_freezes_it()
    {
        var nomination = Submitted();
        nomination.Status.ShouldBe(NominationStatus.Submitted);
        nomination.SubmittedAt.ShouldBe(Now.AddDays(1));
        ShouldRefuse(() => nomination.Submit(Now), "nomination-submitted");
        ShouldRefuse(() => nomination.Revise(Details("Khác")), "nomination-submitted");
        ShouldRefuse(nomination.EnsureCanBeDiscarded, "nomination-submitted");
        nomination.NomineeName.ShouldBe("Phòng Công tác xã hội");
    }

    [Fact]
    public void The_province_awards_a_submitted_nomination()
    {
        var nomination = Submitted();
        nomination.FacilityId = Guid.NewGuid();
        var province = Guid.NewGuid();
        var decision = nomination.Decide(false, province, true, " 845/QĐ-SYT ", new DateOnly(2026, 12, 15), "ignored", null, Now);
        (decision.NominationId, decision.FacilityId, decision.ProvinceId, decision.Awarded, decision.DecisionNumber, decision.DecisionDate, decision.Reason)
            .ShouldBe((nomination.Id, nomination.FacilityId, province, true, "845/QĐ-SYT", (DateOnly?)new DateOnly(2026, 12, 15), (string?)null));
        nomination.Status.ShouldBe(NominationStatus.Submitted);
    }

    [Fact]
    public void Or_does_not_with_a_reason()
    {
        var decision = Submitted().Decide(false, Guid.NewGuid(), false, "1", new DateOnly(2026, 12, 1), " Chưa đủ thời gian ", null, Now);
        (decision.Awarded, decision.DecisionNumber, decision.DecisionDate, decision.Reason).ShouldBe((false, (string?)null, (DateOnly?)null, "Chưa đủ thời gian"));
    }

    [Fact]
    public void A_decision_is_final_and_needs_a_submitted_nomination()
    {
        ShouldRefuse(() => Submitted().Decide(true, Guid.NewGuid(), false, null, null, "Lý do", null, Now), "nomination-decided");
        ShouldRefuse(() => Draft().Decide(false, Guid.NewGuid(), false, null, null, "Lý do", null, Now), "nomination-not-submitted");
    }

    [Fact]
    public void A_decision_says_what_was_decided()
    {
        ShouldRefuse(() => Submitted().Decide(false, Guid.NewGuid(), true, null, new DateOnly(2026, 12, 1), null, null, Now), "decision-incomplete");
        ShouldRefuse(() => Submitted().Decide(false, Guid.NewGuid(), true, "845", null, null, null, Now), "decision-incomplete");
        ShouldRefuse(() => Submitted().Decide(false, Guid.NewGuid(), false, null, null, " ", null, Now), "decision-incomplete");
    }
}
