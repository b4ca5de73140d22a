using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.UnitTests.Domain.Targets;

/// <summary>The five-year plan: draft → submitted → acknowledged, or returned → revised → resubmitted; targets only inside its period.</summary>
public class FiveYearPlanTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Head = Guid.NewGuid();

    private static FiveYearPlan Draft()
    {
        var plan = FiveYearPlan.Draft(2026, T0);
        plan.Revise("Nâng cao chất lượng CTXH", null, null, null);
        return plan;
    }

    private static FiveYearPlan Submitted()
    {
        var plan = Draft();
        plan.Submit(hasTargets: true, Head, T0.AddDays(10));
        return plan;
    }

    private static FiveYearPlan Returned()
    {
        var plan = Submitted();
        plan.Return("Bổ sung chỉ tiêu vận động tài trợ", T0.AddDays(12));
        return plan;
    }

    private static FiveYearPlan Acknowledged()
    {
        var plan = Submitted();
        plan.Acknowledge(null, T0.AddDays(12));
        return plan;
    }

    private static void ShouldRefuse(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Theory]
    [InlineData(2026, 2030)]
    [InlineData(2031, 2035)]
    [InlineData(2021, 2025)]
    [InlineData(2096, 2100)]
    public void A_draft_covers_five_calendar_years(int start, int end)
    {
        var plan = FiveYearPlan.Draft(start, T0);
        (plan.StartYear, plan.EndYear, plan.Status, plan.Editable, plan.CreatedAt).ShouldBe((start, end, PlanStatus.Draft, true, T0));
        plan.Covers(start).ShouldBeTrue();
        plan.Covers(end).ShouldBeTrue();
        plan.Covers(start - 1).ShouldBeFalse();
        plan.Covers(end + 1).ShouldBeFalse();
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2027)]
    [InlineData(2030)]
    [InlineData(2016)]
    [InlineData(2101)]
    public void A_period_not_starting_in_a_year_ending_in_1_or_6_from_2021_to_2096_is_refused(int start) =>
        ShouldRefuse(() => FiveYearPlan.Draft(start, T0), "five-year-plan-period-invalid");

    [Theory]
    [InlineData(2026, 2026)]
    [InlineData(2028, 2026)]
    [InlineData(2030, 2026)]
    [InlineData(2031, 2031)]
    [InlineData(2035, 2031)]
    public void The_period_of_a_year_starts_in_the_year_ending_in_1_or_6_before_it(int year, int start) =>
        FiveYearPlan.PeriodStartOf(year).ShouldBe(start);

    [Fact]
    public void A_draft_or_returned_plan_is_revised_with_trimmed_texts()
    {
        var plan = FiveYearPlan.Draft(2026, T0);
        plan.Revise("  Nâng cao chất lượng  ", " Mở rộng mạng lưới cộng tác viên ", "Đào tạo", " ");
        (plan.GeneralGoal, plan.SpecificObjectives, plan.Solutions, plan.Recommendations)
            .ShouldBe(("Nâng cao chất lượng", "Mở rộng mạng lưới cộng tác viên", "Đào tạo", (string?)null));

        var returned = Returned();
        returned.Revise("Đã bổ sung", null, null, "Đề nghị Sở Y tế hỗ trợ đào tạo");
        (returned.GeneralGoal, returned.Recommendations).ShouldBe(("Đã bổ sung", "Đề nghị Sở Y tế hỗ trợ đào tạo"));
    }

    [Fact]
    public void A_yearly_target_lies_inside_the_period()
    {
        var plan = Draft();
        var target = plan.Target(IndicatorCatalogue.MoneyRaised, 2030, 150_000_000);
        (target.PlanId, target.IndicatorCode, target.Year, target.Value).ShouldBe((plan.Id, IndicatorCatalogue.MoneyRaised, 2030, 150_000_000m));
        ShouldRefuse(() => plan.Target(IndicatorCatalogue.MoneyRaised, 2025, 1), "five-year-plan-target-year-outside-period");
        ShouldRefuse(() => plan.Target(IndicatorCatalogue.MoneyRaised, 2031, 1), "five-year-plan-target-year-outside-period");
        Returned().Target(IndicatorCatalogue.MoneyRaised, 2026, 1).Year.ShouldBe(2026);
    }

    [Fact]
    public void A_submitted_or_acknowledged_plan_cannot_be_revised_nor_given_targets()
    {
        ShouldRefuse(() => Submitted().Revise("x", null, null, null), "plan-not-editable");
        ShouldRefuse(() => Acknowledged().Revise("x", null, null, null), "plan-not-editable");
        ShouldRefuse(() => Submitted().Target(IndicatorCatalogue.MoneyRaised, 2026, 1), "plan-not-editable");
        ShouldRefuse(() => Acknowledged().Target(IndicatorCatalogue.MoneyRaised, 2026, 1), "plan-not-editable");
    }

    [Fact]
    public void Submitting_needs_the_general_goal_and_a_yearly_target()
    {
        var plan = FiveYearPlan.Draft(2026, T0);
        ShouldRefuse(() => plan.Submit(hasTargets: true, Head, T0), "five-year-plan-goal-required");
        plan.Revise("Nâng cao chất lượng", null, null, null);
        ShouldRefuse(() => plan.Submit(hasTargets: false, Head, T0), "five-year-plan-no-targets");
        plan.Status.ShouldBe(PlanStatus.Draft);

        plan.Submit(hasTargets: true, Head, T0.AddDays(10));
        (plan.Status, plan.SubmittedAt, plan.SubmittedBy, plan.Editable).ShouldBe((PlanStatus.Submitted, T0.AddDays(10), Head, false));
    }

    [Fact]
    public void A_returned_plan_is_resubmitted_but_a_submitted_or_acknowledged_one_is_not()
    {
        var returned = Returned();
        returned.Submit(hasTargets: true, Head, T0.AddDays(20));
        (returned.Status, returned.SubmittedAt).ShouldBe((PlanStatus.Submitted, T0.AddDays(20)));

        ShouldRefuse(() => Submitted().Submit(hasTargets: true, Head, T0), "plan-not-editable");
        ShouldRefuse(() => Acknowledged().Submit(hasTargets: true, Head, T0), "plan-not-editable");
    }

    [Fact]
    public void The_department_acknowledges_a_submitted_plan()
    {
        var plan = Submitted();
        plan.Acknowledge("  Đã ghi nhận ", T0.AddDays(12));
        (plan.Status, plan.ReviewedAt, plan.ReviewComment, plan.Editable).ShouldBe((PlanStatus.Acknowledged, T0.AddDays(12), "Đã ghi nhận", false));
        var silent = Submitted();
        silent.Acknowledge(" ", T0.AddDays(12));
        silent.ReviewComment.ShouldBeNull();
    }

    [Fact]
    public void The_department_returns_a_submitted_plan_only_with_a_comment()
    {
        var plan = Returned();
        (plan.Status, plan.ReviewComment, plan.Editable).ShouldBe((PlanStatus.Returned, "Bổ sung chỉ tiêu vận động tài trợ", true));
        ShouldRefuse(() => Submitted().Return(" ", T0), "five-year-plan-comment-required");
        ShouldRefuse(() => Submitted().Return(null, T0), "five-year-plan-comment-required");
    }

    [Fact]
    public void Only_a_submitted_plan_is_reviewed()
    {
        ShouldRefuse(() => Draft().Acknowledge(null, T0), "plan-not-submitted");
        ShouldRefuse(() => Draft().Return("x", T0), "plan-not-submitted");
        ShouldRefuse(() => Returned().Acknowledge(null, T0), "plan-not-submitted");
        ShouldRefuse(() => Returned().Return("x", T0), "plan-not-submitted");
        ShouldRefuse(() => Acknowledged().Return("x", T0), "plan-not-submitted");
        ShouldRefuse(() => Acknowledged().Acknowledge(null, T0), "plan-not-submitted");
    }
}
