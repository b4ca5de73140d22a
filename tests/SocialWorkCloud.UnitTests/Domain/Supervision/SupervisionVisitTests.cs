using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.UnitTests.Domain.Supervision;

public class SupervisionVisitTests
{
    private static readonly DateOnly Planned = new(2026, 5, 1);
    private static readonly DateOnly Conducted = new(2026, 5, 3);
    private static readonly DateTimeOffset Now = new(2026, 5, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly SupervisionTeamMember[] Team = [new("Nguyễn Thị Hồng", "Trưởng đoàn")];

    private static SupervisionVisit Visit() =>
        SupervisionVisit.Plan(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Planned, "  Kiểm tra CTXH ", Team, Guid.NewGuid(), Now);

    private static SupervisionVisit Conducted_()
    {
        var visit = Visit();
        visit.Record(Planned, "Kiểm tra CTXH", Team, Conducted, " Đạt yêu cầu ");
        return visit;
    }

    private static SupervisionVisit Closed()
    {
        var visit = Conducted_();
        visit.Close(Now);
        return visit;
    }

    private static void ShouldRefuse(Action act, string code) => Should.Throw<DomainRuleException>(act).Code.ShouldBe(code);

    [Fact]
    public void A_planned_visit_has_its_scope_and_team()
    {
        var visit = Visit();
        visit.Status.ShouldBe(VisitStatus.Planned);
        visit.Scope.ShouldBe("Kiểm tra CTXH");
        visit.Team.ShouldBe(Team);
        visit.ConductedOn.ShouldBeNull();
        visit.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void Recording_the_date_of_conduct_makes_it_conducted_and_removing_it_planned_again()
    {
        var visit = Conducted_();
        visit.Status.ShouldBe(VisitStatus.Conducted);
        visit.Findings.ShouldBe("Đạt yêu cầu");
        visit.Record(Planned.AddDays(1), "Giám sát", Team, null, "   ");
        visit.Status.ShouldBe(VisitStatus.Planned);
        visit.PlannedOn.ShouldBe(Planned.AddDays(1));
        visit.Findings.ShouldBeNull();
    }

    [Fact]
    public void Closing_issues_the_minutes()
    {
        var visit = Closed();
        visit.Status.ShouldBe(VisitStatus.Closed);
        visit.ClosedAt.ShouldBe(Now);
        visit.IsClosed.ShouldBeTrue();
    }

    [Fact]
    public void Closing_needs_the_date_of_conduct_and_the_findings()
    {
        ShouldRefuse(() => Visit().Close(Now), "visit-not-recorded");
        var noFindings = Visit();
        noFindings.Record(Planned, "Kiểm tra", Team, Conducted, null);
        ShouldRefuse(() => noFindings.Close(Now), "visit-not-recorded");
        noFindings.Status.ShouldBe(VisitStatus.Conducted);
    }

    [Fact]
    public void A_closed_visit_no_longer_changes()
    {
        var visit = Closed();
        ShouldRefuse(() => visit.Close(Now), "visit-closed");
        ShouldRefuse(() => visit.Record(Planned, "Khác", Team, Conducted, "Khác"), "visit-closed");
        ShouldRefuse(() => visit.AddRecommendation(Guid.NewGuid(), 1, "Kiến nghị", Conducted), "visit-closed");
        visit.Findings.ShouldBe("Đạt yêu cầu");
    }

    [Fact]
    public void Recommendations_are_due_no_earlier_than_the_visit()
    {
        var planned = Visit();
        var first = planned.AddRecommendation(Guid.NewGuid(), 1, " Bố trí phòng tham vấn ", Planned);
        (first.VisitId, first.FacilityId, first.Number, first.Text, first.DueOn, first.Status)
            .ShouldBe((planned.Id, planned.FacilityId, 1, "Bố trí phòng tham vấn", Planned, RecommendationStatus.Open));
        ShouldRefuse(() => planned.AddRecommendation(Guid.NewGuid(), 2, "Sớm", Planned.AddDays(-1)), "due-before-visit");
        // Once conducted, the date of conduct counts.
        ShouldRefuse(() => Conducted_().AddRecommendation(Guid.NewGuid(), 1, "Sớm", Conducted.AddDays(-1)), "due-before-visit");
    }

    [Fact]
    public void A_recommendation_is_removed_only_while_the_visit_is_open()
    {
        var visit = Conducted_();
        var recommendation = visit.AddRecommendation(Guid.NewGuid(), 1, "Kiến nghị", Conducted);
        visit.EnsureCanRemove(recommendation);
        visit.Close(Now);
        ShouldRefuse(() => visit.EnsureCanRemove(recommendation), "visit-closed");
        Should.Throw<ArgumentException>(() => Visit().EnsureCanRemove(recommendation));
    }
}

public class SupervisionRecommendationTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static (SupervisionVisit Visit, SupervisionRecommendation Recommendation) Closed()
    {
        var visit = SupervisionVisit.Plan(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new(2026, 5, 1), "Kiểm tra", [new("Thanh tra", null)], null, Now);
        visit.Record(visit.PlannedOn, visit.Scope, visit.Team, new(2026, 5, 2), "Đạt");
        var recommendation = visit.AddRecommendation(Guid.NewGuid(), 1, "Bố trí phòng tham vấn", new(2026, 7, 1));
        visit.Close(Now);
        return (visit, recommendation);
    }

    private static SupervisionRecommendation After(params RecommendationStatus[] followUps)
    {
        var (visit, recommendation) = Closed();
        foreach (var status in followUps) recommendation.FollowUp(visit.IsClosed, status, "Ghi chú", Today, null, Now);
        return recommendation;
    }

    private static void ShouldRefuse(Action act, string code) => Should.Throw<DomainRuleException>(act).Code.ShouldBe(code);

    [Theory]
    [InlineData(RecommendationStatus.InProgress)]
    [InlineData(RecommendationStatus.Done)]
    [InlineData(RecommendationStatus.NotFeasible)]
    public void The_facility_follows_up_once_the_minutes_are_issued(RecommendationStatus status)
    {
        var (visit, recommendation) = Closed();
        var userId = Guid.NewGuid();
        var followUp = recommendation.FollowUp(visit.IsClosed, status, "  Đã làm ", Today, userId, Now);
        recommendation.Status.ShouldBe(status);
        (followUp.RecommendationId, followUp.FacilityId, followUp.Status, followUp.Note, followUp.Date, followUp.RecordedBy, followUp.RecordedAt)
            .ShouldBe((recommendation.Id, visit.FacilityId, status, "Đã làm", Today, (Guid?)userId, Now));
    }

    [Fact]
    public void In_progress_follow_ups_may_repeat() =>
        After(RecommendationStatus.InProgress, RecommendationStatus.InProgress, RecommendationStatus.Done).Status.ShouldBe(RecommendationStatus.Done);

    [Fact]
    public void No_follow_up_before_the_minutes_are_issued()
    {
        var visit = SupervisionVisit.Plan(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new(2026, 5, 1), "Kiểm tra", [new("Thanh tra", null)], null, Now);
        var recommendation = visit.AddRecommendation(Guid.NewGuid(), 1, "Kiến nghị", new(2026, 7, 1));
        ShouldRefuse(() => recommendation.FollowUp(visit.IsClosed, RecommendationStatus.InProgress, "x", Today, null, Now), "visit-not-closed");
        recommendation.Status.ShouldBe(RecommendationStatus.Open);
    }

    [Fact]
    public void Open_is_not_a_follow_up() =>
        ShouldRefuse(() => After().FollowUp(true, RecommendationStatus.Open, "x", Today, null, Now), "follow-up-status");

    [Theory]
    [InlineData(RecommendationStatus.Done)]
    [InlineData(RecommendationStatus.NotFeasible)]
    public void A_done_or_not_feasible_follow_up_waits_for_the_review(RecommendationStatus status) =>
        ShouldRefuse(() => After(status).FollowUp(true, RecommendationStatus.InProgress, "x", Today, null, Now), "awaiting-review");

    [Fact]
    public void Accepting_settles_the_recommendation_for_good()
    {
        var recommendation = After(RecommendationStatus.Done);
        var review = recommendation.Review(ReviewOutcome.Accepted, "  Đạt ", Guid.NewGuid(), Now);
        recommendation.AcceptedAt.ShouldBe(Now);
        recommendation.Status.ShouldBe(RecommendationStatus.Done);
        (review.RecommendationId, review.Outcome, review.Comment).ShouldBe((recommendation.Id, ReviewOutcome.Accepted, "Đạt"));
        ShouldRefuse(() => recommendation.FollowUp(true, RecommendationStatus.InProgress, "x", Today, null, Now), "recommendation-settled");
        ShouldRefuse(() => recommendation.Review(ReviewOutcome.Reopened, "x", null, Now), "nothing-to-review");
    }

    [Fact]
    public void Reopening_sends_it_back_to_the_facility()
    {
        var recommendation = After(RecommendationStatus.NotFeasible);
        recommendation.Review(ReviewOutcome.Reopened, "Chưa đạt", null, Now).Comment.ShouldBe("Chưa đạt");
        recommendation.Status.ShouldBe(RecommendationStatus.Open);
        recommendation.AcceptedAt.ShouldBeNull();
        recommendation.FollowUp(true, RecommendationStatus.Done, "Đã làm lại", Today, null, Now);
        recommendation.Status.ShouldBe(RecommendationStatus.Done);
    }

    [Theory]
    [InlineData(new RecommendationStatus[0])]
    [InlineData(new[] { RecommendationStatus.InProgress })]
    public void Only_a_done_or_not_feasible_follow_up_is_reviewed(RecommendationStatus[] history) =>
        ShouldRefuse(() => After(history).Review(ReviewOutcome.Accepted, null, null, Now), "nothing-to-review");
}
