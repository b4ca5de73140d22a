using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.UnitTests.Domain.Targets;

/// <summary>The annual plan: draft → submitted → acknowledged, or returned → revised → resubmitted.</summary>
public class AnnualPlanTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Head = Guid.NewGuid();

    private static AnnualPlan Submitted()
    {
        var plan = AnnualPlan.Draft(2026, T0);
        plan.Submit(hasContent: true, Head, T0.AddDays(10));
        return plan;
    }

    private static AnnualPlan Returned()
    {
        var plan = Submitted();
        plan.Return("Bổ sung chỉ tiêu tập huấn", T0.AddDays(12));
        return plan;
    }

    private static AnnualPlan Acknowledged()
    {
        var plan = Submitted();
        plan.Acknowledge(null, T0.AddDays(12));
        return plan;
    }

    private static void ShouldRefuse(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void A_draft_is_made_for_a_year_and_is_editable()
    {
        var plan = AnnualPlan.Draft(2026, T0);
        (plan.Year, plan.Status, plan.CreatedAt, plan.Editable).ShouldBe((2026, PlanStatus.Draft, T0, true));
        plan.Id.ShouldNotBe(Guid.Empty);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_year_outside_2000_to_2100_is_refused(int year) => ShouldRefuse(() => AnnualPlan.Draft(year, T0), "annual-plan-year-invalid");

    [Fact]
    public void A_draft_or_returned_plan_is_revised()
    {
        var plan = AnnualPlan.Draft(2026, T0);
        plan.Revise("  Nâng cao chất lượng tiếp đón  ");
        plan.Summary.ShouldBe("Nâng cao chất lượng tiếp đón");
        plan.Revise(" ");
        plan.Summary.ShouldBeNull();

        var returned = Returned();
        returned.Revise("Đã bổ sung");
        returned.Summary.ShouldBe("Đã bổ sung");
    }

    [Fact]
    public void A_submitted_or_acknowledged_plan_cannot_be_revised()
    {
        ShouldRefuse(() => Submitted().Revise("x"), "plan-not-editable");
        ShouldRefuse(() => Acknowledged().Revise("x"), "plan-not-editable");
        ShouldRefuse(() => Submitted().EnsureEditable(), "plan-not-editable");
    }

    [Fact]
    public void Submitting_needs_a_target_or_an_activity()
    {
        var plan = AnnualPlan.Draft(2026, T0);
        ShouldRefuse(() => plan.Submit(hasContent: false, Head, T0), "annual-plan-empty");
        plan.Status.ShouldBe(PlanStatus.Draft);

        plan.Submit(hasContent: true, Head, T0.AddDays(10));
        (plan.Status, plan.SubmittedAt, plan.SubmittedBy, plan.Editable).ShouldBe((PlanStatus.Submitted, T0.AddDays(10), Head, false));
    }

    [Fact]
    public void A_returned_plan_is_resubmitted_but_a_submitted_or_acknowledged_one_is_not()
    {
        var returned = Returned();
        returned.Submit(hasContent: true, Head, T0.AddDays(20));
        returned.Status.ShouldBe(PlanStatus.Submitted);
        returned.SubmittedAt.ShouldBe(T0.AddDays(20));

        ShouldRefuse(() => Submitted().Submit(hasContent: true, Head, T0), "plan-not-editable");
        ShouldRefuse(() => Acknowledged().Submit(hasContent: true, Head, T0), "plan-not-editable");
    }

    [Fact]
    public void The_department_acknowledges_a_submitted_plan()
    {
        var plan = Submitted();
        plan.Acknowledge("  Đã ghi nhận ", T0.AddDays(12));
        (plan.Status, plan.ReviewedAt, plan.ReviewComment).ShouldBe((PlanStatus.Acknowledged, T0.AddDays(12), "Đã ghi nhận"));

        var silent = Submitted();
        silent.Acknowledge(null, T0.AddDays(12));
        silent.ReviewComment.ShouldBeNull();
    }

    [Fact]
    public void The_department_returns_a_submitted_plan_with_a_comment()
    {
        var plan = Returned();
        (plan.Status, plan.ReviewComment, plan.Editable).ShouldBe((PlanStatus.Returned, "Bổ sung chỉ tiêu tập huấn", true));
        ShouldRefuse(() => Submitted().Return(" ", T0), "annual-plan-comment-required");
        ShouldRefuse(() => Submitted().Return(null, T0), "annual-plan-comment-required");
    }

    [Fact]
    public void Only_a_submitted_plan_is_reviewed()
    {
        ShouldRefuse(() => AnnualPlan.Draft(2026, T0).Acknowledge(null, T0), "plan-not-submitted");
        ShouldRefuse(() => AnnualPlan.Draft(2026, T0).Return("x", T0), "plan-not-submitted");
        ShouldRefuse(() => Returned().Acknowledge(null, T0), "plan-not-submitted");
        ShouldRefuse(() => Acknowledged().Return("x", T0), "plan-not-submitted");
        ShouldRefuse(() => Acknowledged().Acknowledge(null, T0), "plan-not-submitted");
    }
}
