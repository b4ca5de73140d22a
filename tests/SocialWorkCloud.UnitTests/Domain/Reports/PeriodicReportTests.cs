using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.UnitTests.Domain.Reports;

/// <summary>The report's workflow: draft → figures → submitted → returned or approved (locked) → reopened.</summary>
public class PeriodicReportTests
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly ReportActor Head = new(Guid.NewGuid(), "Lê Văn Minh");
    private static readonly ReportActor Officer = new(Guid.NewGuid(), "Nguyễn Thị Hồng");
    private static readonly ReportPeriod Q1 = new(ReportPeriodKind.Quarter, 2026, 1);

    private static PeriodicReport Draft(bool withFigures = true)
    {
        var (report, _) = PeriodicReport.Start(Guid.NewGuid(), Guid.NewGuid(), Q1, Head, T0);
        if (withFigures) report.RecordFigures("{\"from\":\"2026-01-01\"}", Head, T0.AddMinutes(1));
        return report;
    }

    private static PeriodicReport Submitted()
    {
        var report = Draft();
        report.Submit(Head, T0.AddDays(1));
        return report;
    }

    private static PeriodicReport Returned()
    {
        var report = Submitted();
        report.Return(Officer, T0.AddDays(2), "Bổ sung số liệu");
        return report;
    }

    private static PeriodicReport Approved()
    {
        var report = Submitted();
        report.Approve(Officer, T0.AddDays(2));
        return report;
    }

    private static void ShouldRefuse(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void Starting_makes_a_draft_of_the_period_with_its_created_step()
    {
        var facility = Guid.NewGuid();
        var (report, created) = PeriodicReport.Start(facility, Guid.NewGuid(), Q1, Head, T0);
        report.Status.ShouldBe(ReportStatus.Draft);
        report.FacilityId.ShouldBe(facility);
        (report.PeriodStart, report.PeriodEnd).ShouldBe((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
        report.Recipients.ShouldBe(PeriodicReport.DefaultRecipients);
        report.CreatedBy.ShouldBe(Head.UserId);
        report.IsEditable.ShouldBeTrue();
        report.FiguresJson.ShouldBeNull();
        created.ShouldSatisfyAllConditions(
            () => created.ReportId.ShouldBe(report.Id),
            () => created.Action.ShouldBe(ReportAction.Created),
            () => created.ToStatus.ShouldBe(ReportStatus.Draft),
            () => created.ByName.ShouldBe("Lê Văn Minh"),
            () => created.At.ShouldBe(T0));
    }

    [Fact]
    public void An_invalid_period_is_refused() =>
        ShouldRefuse(() => PeriodicReport.Start(Guid.NewGuid(), Guid.NewGuid(), new ReportPeriod(ReportPeriodKind.Quarter, 2026, 5), Head, T0), "report-period-invalid");

    [Fact]
    public void Figures_are_recorded_on_a_draft_and_on_a_returned_report()
    {
        var draft = Draft(withFigures: false);
        var step = draft.RecordFigures("{}", Head, T0.AddHours(1));
        (draft.FiguresJson, draft.GeneratedAt).ShouldBe(("{}", T0.AddHours(1)));
        (step.Action, step.FromStatus, step.ToStatus).ShouldBe((ReportAction.Generated, ReportStatus.Draft, ReportStatus.Draft));

        var returned = Returned();
        returned.RecordFigures("{\"again\":1}", Head, T0.AddDays(3)).ToStatus.ShouldBe(ReportStatus.Returned);
        returned.FiguresJson.ShouldBe("{\"again\":1}");
    }

    [Fact]
    public void Figures_of_a_submitted_or_approved_report_stay_frozen()
    {
        ShouldRefuse(() => Submitted().RecordFigures("{}", Head, T0), "report-submitted");
        ShouldRefuse(() => Approved().RecordFigures("{}", Head, T0), "report-status");
        ShouldRefuse(() => Submitted().EnsureEditable(), "report-submitted");
        ShouldRefuse(() => Approved().EnsureEditable(), "report-status");
        Draft().EnsureEditable();
        Returned().EnsureEditable();
    }

    [Fact]
    public void The_narrative_is_edited_while_editable_blanks_becoming_none()
    {
        var report = Draft();
        report.Edit(new ReportNarrative(" 45/BC-BV ", "Thanh Hóa", "Kết quả", "  ", null, "Kế hoạch", "Sở Y tế", "Lê Văn Minh", "Trưởng phòng"));
        report.ReportNumber.ShouldBe("45/BC-BV");
        report.Difficulties.ShouldBeNull();
        report.Proposals.ShouldBeNull();
        report.SignerTitle.ShouldBe("Trưởng phòng");

        var returned = Returned();
        returned.Edit(new ReportNarrative(null, null, "Sửa", null, null, null, null, null, null));
        returned.Results.ShouldBe("Sửa");
    }

    [Fact]
    public void The_narrative_of_a_submitted_or_approved_report_is_locked()
    {
        var text = new ReportNarrative(null, null, "sửa", null, null, null, null, null, null);
        ShouldRefuse(() => Submitted().Edit(text), "report-submitted");
        ShouldRefuse(() => Approved().Edit(text), "report-status");
    }

    [Fact]
    public void Submitting_freezes_the_figures_and_keeps_the_first_submission()
    {
        var report = Draft();
        var (step, _) = report.Submit(Head, T0.AddDays(1), "  Kính gửi Sở  ");
        report.Status.ShouldBe(ReportStatus.Submitted);
        (report.SubmittedAt, report.FirstSubmittedAt).ShouldBe((T0.AddDays(1), T0.AddDays(1)));
        report.LastComment.ShouldBe("Kính gửi Sở");
        (step.Action, step.FromStatus, step.ToStatus, step.Comment).ShouldBe((ReportAction.Submitted, ReportStatus.Draft, ReportStatus.Submitted, "Kính gửi Sở"));

        report.Return(Officer, T0.AddDays(2), "Bổ sung");
        report.Submit(Head, T0.AddDays(5));
        report.SubmittedAt.ShouldBe(T0.AddDays(5));
        report.FirstSubmittedAt.ShouldBe(T0.AddDays(1));
        report.LastComment.ShouldBe("Bổ sung");
    }

    [Fact]
    public void Each_submission_is_a_snapshot_the_unit_s_rework_does_not_change()
    {
        var report = Draft();
        report.Edit(new ReportNarrative("12/BC", "Thanh Hóa", "Kết quả gửi lần 1", "Khó khăn", null, null, "Sở Y tế", "Lê Minh", "Trưởng phòng"));
        var (_, first) = report.Submit(Head, T0.AddDays(1));
        (first.ReportId, first.Number, first.SubmittedAt, first.SubmittedByName).ShouldBe((report.Id, 1, T0.AddDays(1), Head.Name));
        (first.FiguresJson, first.Results, first.ReportNumber, first.SignerName).ShouldBe((report.FiguresJson, "Kết quả gửi lần 1", "12/BC", "Lê Minh"));

        report.Return(Officer, T0.AddDays(2), "Bổ sung");
        report.Edit(new ReportNarrative("12/BC", "Thanh Hóa", "Kết quả sửa lại", null, null, null, null, null, null));
        report.RecordFigures("""{"reworked":true}""", Head, T0.AddDays(3));
        // The snapshot is a copy: the rework leaves what was sent as it was.
        (first.Results, first.Difficulties, first.FiguresJson).ShouldNotBe(("Kết quả sửa lại", null, """{"reworked":true}"""));
        first.Results.ShouldBe("Kết quả gửi lần 1");

        var (_, second) = report.Submit(Head, T0.AddDays(4));
        (second.Number, second.Results, second.FiguresJson, report.Submissions).ShouldBe((2, "Kết quả sửa lại", """{"reworked":true}""", 2));
    }

    [Fact]
    public void A_report_without_figures_cannot_be_submitted() => ShouldRefuse(() => Draft(withFigures: false).Submit(Head, T0), "report-not-generated");

    [Fact]
    public void A_periodic_report_is_submitted_only_after_its_period_ends_in_vietnam()
    {
        // Q1 2026 ends on 31/03: on that day (even 23:59 Vietnam time) it is refused, from 01/04 00:00 (UTC+7) it goes.
        var lastEvening = new DateTimeOffset(2026, 3, 31, 23, 59, 0, VietnamClock.Offset);
        var refusal = Should.Throw<DomainRuleException>(() => Draft().Submit(Head, lastEvening));
        refusal.Code.ShouldBe("report-period-not-ended");
        refusal.Args.ShouldBe([new DateOnly(2026, 3, 31)]);
        ShouldRefuse(() => Draft().Submit(Head, new DateTimeOffset(2026, 2, 10, 2, 0, 0, TimeSpan.Zero)), "report-period-not-ended");

        var report = Draft();
        report.Submit(Head, new DateTimeOffset(2026, 4, 1, 0, 0, 0, VietnamClock.Offset)).Step.ToStatus.ShouldBe(ReportStatus.Submitted);
    }

    [Fact]
    public void A_submitted_or_approved_report_cannot_be_submitted_again()
    {
        ShouldRefuse(() => Submitted().Submit(Head, T0), "report-submitted");
        ShouldRefuse(() => Approved().Submit(Head, T0), "report-status");
    }

    [Fact]
    public void The_province_returns_a_submitted_report_with_its_reason()
    {
        var report = Submitted();
        var step = report.Return(Officer, T0.AddDays(2), "Bổ sung số liệu tham vấn");
        report.Status.ShouldBe(ReportStatus.Returned);
        report.IsEditable.ShouldBeTrue();
        report.LastComment.ShouldBe("Bổ sung số liệu tham vấn");
        (step.Action, step.FromStatus, step.ToStatus, step.ByUserId).ShouldBe((ReportAction.Returned, ReportStatus.Submitted, ReportStatus.Returned, Officer.UserId));
    }

    [Fact]
    public void Returning_needs_a_submitted_report_and_a_reason()
    {
        ShouldRefuse(() => Draft().Return(Officer, T0, "x"), "report-not-submitted");
        ShouldRefuse(() => Returned().Return(Officer, T0, "x"), "report-not-submitted");
        ShouldRefuse(() => Approved().Return(Officer, T0, "x"), "report-status");
        ShouldRefuse(() => Submitted().Return(Officer, T0, " "), "report-comment-required");
        ShouldRefuse(() => Submitted().Return(Officer, T0, null), "report-comment-required");
    }

    [Fact]
    public void Approving_locks_a_submitted_report()
    {
        var report = Submitted();
        var step = report.Approve(Officer, T0.AddDays(2));
        report.Status.ShouldBe(ReportStatus.Approved);
        report.ApprovedAt.ShouldBe(T0.AddDays(2));
        report.IsEditable.ShouldBeFalse();
        (step.Action, step.ToStatus, step.Comment).ShouldBe((ReportAction.Approved, ReportStatus.Approved, null));
    }

    [Fact]
    public void Only_a_submitted_report_can_be_approved()
    {
        ShouldRefuse(() => Draft().Approve(Officer, T0), "report-not-submitted");
        ShouldRefuse(() => Returned().Approve(Officer, T0), "report-not-submitted");
        ShouldRefuse(() => Approved().Approve(Officer, T0), "report-status");
    }

    [Fact]
    public void Reopening_an_approved_report_brings_it_back_to_draft()
    {
        var report = Approved();
        var step = report.Reopen(Officer, T0.AddDays(9), "Điều chỉnh số liệu tiếp đón");
        report.Status.ShouldBe(ReportStatus.Draft);
        report.ApprovedAt.ShouldBeNull();
        report.IsEditable.ShouldBeTrue();
        (step.Action, step.FromStatus, step.ToStatus).ShouldBe((ReportAction.Reopened, ReportStatus.Approved, ReportStatus.Draft));
        report.FirstSubmittedAt.ShouldNotBeNull();
    }

    [Fact]
    public void Only_an_approved_report_can_be_reopened_and_with_a_reason()
    {
        ShouldRefuse(() => Draft().Reopen(Officer, T0, "x"), "report-not-approved");
        ShouldRefuse(() => Submitted().Reopen(Officer, T0, "x"), "report-not-approved");
        ShouldRefuse(() => Returned().Reopen(Officer, T0, "x"), "report-not-approved");
        ShouldRefuse(() => Approved().Reopen(Officer, T0, ""), "report-comment-required");
    }
}
