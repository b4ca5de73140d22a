using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Common;
using Case = SocialWorkCloud.Domain.Cases.Case;

namespace SocialWorkCloud.UnitTests.Domain.Cases;

public class CaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly Guid Head = Guid.NewGuid();

    private static Case NewCase()
    {
        var @case = Case.Open(Guid.NewGuid(), Worker, CasePriority.Normal, RiskLevel.Medium, false, IntakeSource.Self, "  Cần hỗ trợ  ", UrgentNeed.Food,
            Today, Worker, Now);
        @case.FacilityId = Guid.NewGuid();
        return @case;
    }

    private static Case AtStage(CaseStage stage, bool planApproved = true)
    {
        var @case = NewCase();
        if (planApproved) ApprovePlan(@case);
        for (var s = CaseStage.Assessment; s <= stage && s < CaseStage.Closed; s++) @case.MoveTo(s, null, Worker, Now);
        @case.TakeNewRecords();
        return @case;
    }

    private static void ApprovePlan(Case @case)
    {
        @case.SavePlan([new PlanGoalDraft("Hỗ trợ tiền xe", ServiceType.Transport, "Lan", Today.AddDays(5))], Today.AddDays(30));
        @case.RequestPlanApproval(1, null, Worker, Now);
        @case.DecidePlan(true, null, Head, Now);
    }

    private static Case Closed()
    {
        var @case = AtStage(CaseStage.Monitoring);
        @case.RequestClosure("Đã về nhà", Worker, Now);
        @case.DecideClosure(true, null, Head, Now, Today);
        @case.TakeNewRecords();
        return @case;
    }

    private static void ShouldRefuse(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void Opening_puts_the_case_at_intake_and_records_the_first_move()
    {
        var @case = Case.Open(Guid.NewGuid(), Worker, CasePriority.High, RiskLevel.High, true, IntakeSource.AnotherFacility, " Bị bỏ rơi ", UrgentNeed.Shelter,
            Today, Worker, Now, fromReferralId: Guid.NewGuid(), intakeNote: "Chuyển gửi");
        @case.Stage.ShouldBe(CaseStage.Intake);
        @case.PresentingProblem.ShouldBe("Bị bỏ rơi");
        @case.PlanApproval.ShouldBe(ApprovalState.None);
        @case.ClosureApproval.ShouldBe(ApprovalState.None);
        @case.FromReferralId.ShouldNotBeNull();
        var move = @case.TakeNewRecords().ShouldHaveSingleItem().ShouldBeOfType<CaseTransition>();
        move.FromStage.ShouldBeNull();
        move.ToStage.ShouldBe(CaseStage.Intake);
        move.Reason.ShouldBe("Chuyển gửi");
        move.ByUserId.ShouldBe(Worker);
        move.CaseId.ShouldBe(@case.Id);
        @case.TakeNewRecords().ShouldBeEmpty();
    }

    [Fact]
    public void Opening_needs_a_presenting_problem() =>
        Should.Throw<ArgumentException>(() => Case.Open(Guid.NewGuid(), Worker, CasePriority.Normal, RiskLevel.Low, false, IntakeSource.Self, " ", UrgentNeed.None, Today, null, Now));

    [Fact]
    public void The_next_stage_needs_no_reason_and_is_recorded_with_who_and_when()
    {
        var @case = AtStage(CaseStage.Intake);
        @case.MoveTo(CaseStage.Assessment, null, Worker, Now);
        @case.Stage.ShouldBe(CaseStage.Assessment);
        var move = @case.TakeNewRecords().ShouldHaveSingleItem().ShouldBeOfType<CaseTransition>();
        (move.FromStage, move.ToStage, move.Reason, move.At, move.ByUserId).ShouldBe((CaseStage.Intake, CaseStage.Assessment, null, Now, Worker));
    }

    [Theory]
    [InlineData(CaseStage.Intake, CaseStage.Planning)]
    [InlineData(CaseStage.Monitoring, CaseStage.Assessment)]
    [InlineData(CaseStage.Planning, CaseStage.Intake)]
    public void Skipping_or_going_back_needs_a_reason(CaseStage from, CaseStage to)
    {
        var @case = AtStage(from);
        ShouldRefuse(() => @case.MoveTo(to, "  ", Worker, Now), "reason-required");
        @case.Stage.ShouldBe(from);
        @case.TakeNewRecords().ShouldBeEmpty();
        @case.MoveTo(to, " Gia đình đã cung cấp đủ thông tin ", Worker, Now);
        @case.Stage.ShouldBe(to);
        @case.TakeNewRecords().ShouldHaveSingleItem().ShouldBeOfType<CaseTransition>().Reason.ShouldBe("Gia đình đã cung cấp đủ thông tin");
    }

    [Theory]
    [InlineData(CaseStage.Planning, CaseStage.Implementation)]
    [InlineData(CaseStage.Intake, CaseStage.Monitoring)]
    public void Implementation_and_beyond_need_an_approved_plan(CaseStage from, CaseStage to)
    {
        var @case = AtStage(from, planApproved: false);
        ShouldRefuse(() => @case.MoveTo(to, "lý do", Worker, Now), "plan-not-approved");
        @case.SavePlan([new PlanGoalDraft("Mục tiêu", null, null, null)], null);
        @case.RequestPlanApproval(1, null, Worker, Now);
        ShouldRefuse(() => @case.MoveTo(to, "lý do", Worker, Now), "plan-not-approved");
        @case.DecidePlan(true, null, Head, Now);
        @case.MoveTo(to, "lý do", Worker, Now);
        @case.Stage.ShouldBe(to);
    }

    [Fact]
    public void Going_back_from_implementation_needs_no_approved_plan_again()
    {
        var @case = AtStage(CaseStage.Monitoring);
        @case.MoveTo(CaseStage.Planning, "Kế hoạch cần sửa", Worker, Now);
        @case.Stage.ShouldBe(CaseStage.Planning);
    }

    [Fact]
    public void A_move_to_the_same_stage_or_to_closed_is_refused()
    {
        var @case = AtStage(CaseStage.Planning);
        ShouldRefuse(() => @case.MoveTo(CaseStage.Planning, "x", Worker, Now), "same-stage");
        ShouldRefuse(() => @case.MoveTo(CaseStage.Closed, "x", Worker, Now), "closure-needs-approval");
        @case.Stage.ShouldBe(CaseStage.Planning);
    }

    [Fact]
    public void A_closed_case_refuses_every_change_until_reopened()
    {
        var @case = Closed();
        ShouldRefuse(() => @case.MoveTo(CaseStage.Assessment, "x", Worker, Now), "case-closed");
        ShouldRefuse(() => @case.SavePlan([new PlanGoalDraft("x", null, null, null)], null), "case-closed");
        ShouldRefuse(() => @case.RequestPlanApproval(1, null, Worker, Now), "case-closed");
        ShouldRefuse(() => @case.RequestClosure("x", Worker, Now), "case-closed");
        ShouldRefuse(() => @case.Assess(RiskLevel.High, Worker, Now), "case-closed");
        ShouldRefuse(@case.EnsureOpen, "case-closed");
        @case.TakeNewRecords().ShouldBeEmpty();
    }

    [Fact]
    public void Saving_the_plan_replaces_its_goals_resets_the_approval_and_clears_the_overdue_review()
    {
        var @case = AtStage(CaseStage.Implementation);
        @case.PlanApproval.ShouldBe(ApprovalState.Approved);
        var goals = @case.SavePlan(
            [new PlanGoalDraft(" Suất ăn ", ServiceType.Meals, " Lan ", Today.AddDays(3)), new PlanGoalDraft("Tiền xe", ServiceType.Transport, null, null)],
            Today.AddDays(14));
        @case.PlanApproval.ShouldBe(ApprovalState.None);
        @case.PlanReviewOn.ShouldBe(Today.AddDays(14));
        @case.PlanReviewOverdueSince.ShouldBeNull();
        goals.Select(g => (g.Goal, g.Responsible, g.Order, g.CaseId, g.FacilityId)).ShouldBe(
            [("Suất ăn", "Lan", 0, @case.Id, @case.FacilityId), ("Tiền xe", null, 1, @case.Id, @case.FacilityId)]);
        @case.TakeNewRecords().ShouldBe(goals);
    }

    [Fact]
    public void A_plan_awaiting_approval_cannot_change()
    {
        var @case = AtStage(CaseStage.Planning, planApproved: false);
        @case.SavePlan([new PlanGoalDraft("x", null, null, null)], null);
        @case.RequestPlanApproval(1, null, Worker, Now);
        ShouldRefuse(() => @case.SavePlan([new PlanGoalDraft("y", null, null, null)], null), "plan-awaiting-approval");
    }

    [Fact]
    public void Requesting_plan_approval_needs_goals_and_is_recorded()
    {
        var @case = AtStage(CaseStage.Planning, planApproved: false);
        ShouldRefuse(() => @case.RequestPlanApproval(0, null, Worker, Now), "plan-empty");
        @case.RequestPlanApproval(2, null, Worker, Now);
        @case.PlanApproval.ShouldBe(ApprovalState.Requested);
        var step = @case.TakeNewRecords().ShouldHaveSingleItem().ShouldBeOfType<CaseApproval>();
        (step.Subject, step.Decision, step.ByUserId).ShouldBe((ApprovalSubject.Plan, ApprovalState.Requested, Worker));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_plan_requested_or_approved_cannot_be_requested_again(bool approved)
    {
        var @case = AtStage(CaseStage.Planning, planApproved: false);
        @case.SavePlan([new PlanGoalDraft("x", null, null, null)], null);
        @case.RequestPlanApproval(1, null, Worker, Now);
        if (approved) @case.DecidePlan(true, null, Head, Now);
        ShouldRefuse(() => @case.RequestPlanApproval(1, null, Worker, Now), "plan-already-requested");
    }

    [Fact]
    public void The_unit_head_returns_a_plan_with_a_comment_and_it_can_be_requested_again()
    {
        var @case = AtStage(CaseStage.Planning, planApproved: false);
        @case.SavePlan([new PlanGoalDraft("x", null, null, null)], null);
        @case.RequestPlanApproval(1, null, Worker, Now);
        @case.TakeNewRecords();
        ShouldRefuse(() => @case.DecidePlan(false, " ", Head, Now), "return-comment-required");
        @case.DecidePlan(false, " Thiếu người phụ trách ", Head, Now);
        @case.PlanApproval.ShouldBe(ApprovalState.Returned);
        var step = @case.TakeNewRecords().ShouldHaveSingleItem().ShouldBeOfType<CaseApproval>();
        (step.Decision, step.Comment, step.ByUserId).ShouldBe((ApprovalState.Returned, "Thiếu người phụ trách", Head));
        @case.RequestPlanApproval(1, null, Worker, Now);
        @case.PlanApproval.ShouldBe(ApprovalState.Requested);
    }

    [Fact]
    public void Nothing_awaiting_approval_cannot_be_decided()
    {
        var @case = AtStage(CaseStage.Planning, planApproved: false);
        ShouldRefuse(() => @case.DecidePlan(true, null, Head, Now), "nothing-to-decide");
        ShouldRefuse(() => @case.DecideClosure(true, null, Head, Now, Today), "nothing-to-decide");
        ShouldRefuse(() => @case.Decide(ApprovalSubject.Closure, true, null, Head, Now, Today), "nothing-to-decide");
    }

    [Fact]
    public void Closing_needs_a_reason_and_cannot_be_requested_twice()
    {
        var @case = AtStage(CaseStage.Monitoring);
        ShouldRefuse(() => @case.RequestClosure(" ", Worker, Now), "closing-reason-required");
        @case.RequestClosure(" Đã về nhà ", Worker, Now);
        @case.ClosureApproval.ShouldBe(ApprovalState.Requested);
        @case.RequestedClosingReason.ShouldBe("Đã về nhà");
        @case.Stage.ShouldBe(CaseStage.Monitoring);
        var step = @case.TakeNewRecords().ShouldHaveSingleItem().ShouldBeOfType<CaseApproval>();
        (step.Subject, step.Decision, step.Comment).ShouldBe((ApprovalSubject.Closure, ApprovalState.Requested, "Đã về nhà"));
        ShouldRefuse(() => @case.RequestClosure("lại", Worker, Now), "closure-already-requested");
    }

    [Fact]
    public void A_closure_reason_from_the_list_is_kept_on_closing_and_cleared_on_reopening()
    {
        var @case = AtStage(CaseStage.Monitoring);
        ShouldRefuse(() => @case.RequestClosure(ClosureReason.Other, "  ", Worker, Now), "closing-reason-required");
        ShouldRefuse(() => @case.RequestClosure((ClosureReason)42, null, Worker, Now), "closure-reason-unknown");
        @case.RequestClosure(ClosureReason.ReferredOn, null, Worker, Now);
        @case.RequestedClosingReason.ShouldBeNull();
        @case.Decide(ApprovalSubject.Closure, true, null, Head, Now, Today);
        (@case.ClosureReason, @case.ClosingReason).ShouldBe((ClosureReason.ReferredOn, (string?)null));
        @case.Reopen("Quay lại viện", Worker, Now);
        @case.ClosureReason.ShouldBeNull();
        @case.RequestedClosureReason.ShouldBeNull();
    }

    [Fact]
    public void A_case_number_is_the_facility_code_the_year_and_four_digits_given_once()
    {
        Case.Format(" th ", 2026, 42).ShouldBe("TH-2026-0042");
        Case.Format("BVDK", 2026, 12345).ShouldBe("BVDK-2026-12345");
        var @case = NewCase();
        @case.AssignNumber("TH", 2026, 7);
        (@case.CaseNumber, @case.NumberYear, @case.NumberSequence).ShouldBe(("TH-2026-0007", 2026, 7));
        Should.Throw<InvalidOperationException>(() => @case.AssignNumber("TH", 2026, 8));
    }

    [Fact]
    public void An_approved_closure_closes_the_case_with_the_requested_reason()
    {
        var @case = AtStage(CaseStage.Monitoring);
        @case.RequestClosure("Đã về nhà", Worker, Now);
        @case.TakeNewRecords();
        @case.Decide(ApprovalSubject.Closure, true, null, Head, Now, Today);
        @case.Stage.ShouldBe(CaseStage.Closed);
        @case.ClosedOn.ShouldBe(Today);
        @case.ClosingReason.ShouldBe("Đã về nhà");
        @case.ClosureApproval.ShouldBe(ApprovalState.Approved);
        var records = @case.TakeNewRecords();
        var move = records.OfType<CaseTransition>().ShouldHaveSingleItem();
        (move.FromStage, move.ToStage, move.Reason, move.ByUserId).ShouldBe((CaseStage.Monitoring, CaseStage.Closed, "Đã về nhà", Head));
        records.OfType<CaseApproval>().ShouldHaveSingleItem().Decision.ShouldBe(ApprovalState.Approved);
    }

    [Fact]
    public void A_returned_closure_leaves_the_case_open()
    {
        var @case = AtStage(CaseStage.Monitoring);
        @case.RequestClosure("Đã về nhà", Worker, Now);
        @case.DecideClosure(false, "Còn theo dõi", Head, Now, Today);
        @case.Stage.ShouldBe(CaseStage.Monitoring);
        @case.ClosureApproval.ShouldBe(ApprovalState.Returned);
        @case.ClosedOn.ShouldBeNull();
        @case.RequestClosure("Lần hai", Worker, Now);
        @case.ClosureApproval.ShouldBe(ApprovalState.Requested);
    }

    [Fact]
    public void Reopening_starts_again_at_the_assessment_with_a_reason()
    {
        var @case = Closed();
        ShouldRefuse(() => @case.Reopen(" ", Worker, Now), "reason-required");
        @case.Reopen(" Tái nhập viện ", Worker, Now);
        @case.Stage.ShouldBe(CaseStage.Assessment);
        @case.ClosedOn.ShouldBeNull();
        @case.ClosingReason.ShouldBeNull();
        @case.ClosureApproval.ShouldBe(ApprovalState.None);
        @case.RequestedClosingReason.ShouldBeNull();
        var move = @case.TakeNewRecords().ShouldHaveSingleItem().ShouldBeOfType<CaseTransition>();
        (move.FromStage, move.ToStage, move.Reason).ShouldBe((CaseStage.Closed, CaseStage.Assessment, "Tái nhập viện"));
    }

    [Fact]
    public void An_open_case_cannot_be_reopened() =>
        ShouldRefuse(() => AtStage(CaseStage.Monitoring).Reopen("x", Worker, Now), "case-open");

    [Fact]
    public void Updating_and_assessing_set_assignment_priority_risk_and_sensitivity_recording_each_change_of_risk()
    {
        var @case = NewCase();
        var start = @case.RiskLevel;
        @case.TakeNewRecords();
        var other = Guid.NewGuid();
        @case.Update(other, CasePriority.Urgent, RiskLevel.High, true, Worker, Now);
        (@case.AssignedWorkerId, @case.Priority, @case.RiskLevel, @case.IsSensitive).ShouldBe((other, CasePriority.Urgent, RiskLevel.High, true));
        @case.Assess(RiskLevel.Low, Worker, Now.AddDays(1));
        @case.RiskLevel.ShouldBe(RiskLevel.Low);
        // An assessment at the same level changes nothing and records nothing.
        @case.Assess(RiskLevel.Low, Worker, Now.AddDays(2));

        var changes = @case.TakeNewRecords().OfType<CaseRiskChange>().ToList();
        changes.Select(c => (c.From, c.To, c.Source, c.At)).ShouldBe([
            (start, RiskLevel.High, RiskChangeSource.CaseSettings, Now),
            (RiskLevel.High, RiskLevel.Low, RiskChangeSource.Assessment, Now.AddDays(1)),
        ]);
        changes.ShouldAllBe(c => c.CaseId == @case.Id && c.ByUserId == Worker);
    }
}
