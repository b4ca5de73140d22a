using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.UnitTests.Domain.Facilities;

/// <summary>The unit's history is append-only: record, correct (a new entry pointing at the old), retract.</summary>
public class UnitHistoryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.NewGuid();

    private static UnitStatusFacts Team(string date = "2017-06-01") =>
        new(UnitStatus.Team, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), " QĐ 1024/QĐ-BV ", " Lê Văn Minh ", 6);

    private static UnitStatusFacts Department(string date = "2025-03-23") =>
        new(UnitStatus.Department, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "QĐ 512/QĐ-BV", null, 7);

    private static void ShouldRefuse(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void A_change_is_recorded_with_its_decision_and_may_be_back_dated()
    {
        var history = new UnitStatusHistory([]);
        var entry = history.Record(Team(), " Thành lập tổ ", T0, Admin);
        entry.ShouldSatisfyAllConditions(
            () => entry.Id.ShouldNotBe(Guid.Empty),
            () => entry.Status.ShouldBe(UnitStatus.Team),
            () => entry.EffectiveDate.ShouldBe(new DateOnly(2017, 6, 1)),
            () => entry.DecisionNumber.ShouldBe("QĐ 1024/QĐ-BV"),
            () => entry.HeadName.ShouldBe("Lê Văn Minh"),
            () => entry.Note.ShouldBe("Thành lập tổ"),
            () => entry.CorrectsId.ShouldBeNull(),
            () => entry.IsRetraction.ShouldBeFalse(),
            () => (entry.RecordedAt, entry.RecordedBy).ShouldBe((T0, Admin)));
        history.Entries.ShouldBe([entry]);
        history.StatusOnDate(new DateOnly(2017, 5, 31)).ShouldBe(UnitStatus.None);
        history.StatusOnDate(new DateOnly(2020, 1, 1)).ShouldBe(UnitStatus.Team);
    }

    [Fact]
    public void A_team_or_department_needs_its_decision_number()
    {
        ShouldRefuse(() => new UnitStatusHistory([]).Record(Team() with { DecisionNumber = " " }, null, T0, Admin), "unit-decision-required");
        ShouldRefuse(() => UnitStatusChange.Record(Department() with { DecisionNumber = null }, null, T0, Admin), "unit-decision-required");
        UnitStatusChange.Record(new UnitStatusFacts(UnitStatus.CollaboratorsOnly, new DateOnly(2020, 1, 1), null, null, 2), null, T0, Admin)
            .DecisionNumber.ShouldBeNull();
    }

    [Fact]
    public void An_unknown_status_or_a_negative_headcount_is_refused()
    {
        ShouldRefuse(() => UnitStatusChange.Record(Team() with { Status = (UnitStatus)9 }, null, T0, Admin), "unit-status-invalid");
        ShouldRefuse(() => UnitStatusChange.Record(Team() with { Headcount = -1 }, null, T0, Admin), "unit-headcount-negative");
    }

    [Fact]
    public void A_second_change_in_force_on_the_same_date_is_refused()
    {
        var history = new UnitStatusHistory([]);
        history.Record(Team(), null, T0, Admin);
        ShouldRefuse(() => history.Record(Department("2017-06-01"), null, T0, Admin), "unit-change-same-day");
        history.Record(Department(), null, T0, Admin);
        history.InForce.Count.ShouldBe(2);
    }

    [Fact]
    public void A_date_freed_by_a_correction_or_retraction_can_be_recorded_again()
    {
        var history = new UnitStatusHistory([]);
        var wrong = history.Record(Team("2019-01-01"), null, T0, Admin);
        history.Retract(wrong.Id, "Nhập nhầm", null, T0.AddDays(1), Admin);
        history.Record(Department("2019-01-01"), null, T0.AddDays(2), Admin).Status.ShouldBe(UnitStatus.Department);
    }

    [Fact]
    public void A_correction_replaces_the_entry_and_keeps_the_original_visible()
    {
        var history = new UnitStatusHistory([]);
        var wrong = history.Record(Team("2019-01-01"), null, T0, Admin);
        var correction = history.Correct(wrong.Id, Team("2019-03-01"), "  Sai ngày hiệu lực ", "ghi chú", T0.AddDays(1), Admin);
        correction.ShouldSatisfyAllConditions(
            () => correction.CorrectsId.ShouldBe(wrong.Id),
            () => correction.CorrectionReason.ShouldBe("Sai ngày hiệu lực"),
            () => correction.IsRetraction.ShouldBeFalse(),
            () => correction.EffectiveDate.ShouldBe(new DateOnly(2019, 3, 1)),
            () => correction.Note.ShouldBe("ghi chú"));
        history.Entries.Count.ShouldBe(2);
        history.InForce.ShouldBe([correction]);
        history.StatusOnDate(new DateOnly(2019, 2, 1)).ShouldBe(UnitStatus.None);
    }

    [Fact]
    public void A_retraction_withdraws_the_entry_with_its_facts_and_itself()
    {
        var history = new UnitStatusHistory([]);
        var earlier = history.Record(new UnitStatusFacts(UnitStatus.CollaboratorsOnly, new DateOnly(2018, 1, 1), null, null, 2), null, T0, Admin);
        var wrong = history.Record(Department("2020-01-01"), null, T0, Admin);
        var retraction = history.Retract(wrong.Id, "Nhập nhầm cơ sở", null, T0.AddDays(1), Admin);
        (retraction.IsRetraction, retraction.CorrectsId, retraction.Status, retraction.EffectiveDate, retraction.DecisionNumber)
            .ShouldBe((true, (Guid?)wrong.Id, UnitStatus.Department, new DateOnly(2020, 1, 1), "QĐ 512/QĐ-BV"));
        history.InForce.ShouldBe([earlier]);
        history.StatusOnDate(new DateOnly(2021, 1, 1)).ShouldBe(UnitStatus.CollaboratorsOnly);
    }

    [Fact]
    public void An_entry_is_corrected_only_once_correct_the_latest_instead()
    {
        var history = new UnitStatusHistory([]);
        var wrong = history.Record(Team("2019-01-01"), null, T0, Admin);
        var first = history.Correct(wrong.Id, Team("2019-02-01"), "Sai ngày", null, T0, Admin);
        ShouldRefuse(() => history.Correct(wrong.Id, Team("2019-03-01"), "Sai nữa", null, T0, Admin), "unit-change-corrected");
        ShouldRefuse(() => history.Retract(wrong.Id, "Rút", null, T0, Admin), "unit-change-corrected");
        history.Correct(first.Id, Team("2019-03-01"), "Sai nữa", null, T0, Admin).CorrectsId.ShouldBe(first.Id);
    }

    [Fact]
    public void A_retraction_cannot_itself_be_corrected_or_retracted()
    {
        var history = new UnitStatusHistory([]);
        var wrong = history.Record(Team(), null, T0, Admin);
        var retraction = history.Retract(wrong.Id, "Rút", null, T0, Admin);
        ShouldRefuse(() => history.Correct(retraction.Id, Team(), "x", null, T0, Admin), "retraction-not-correctable");
        ShouldRefuse(() => history.Retract(retraction.Id, "x", null, T0, Admin), "retraction-not-correctable");
    }

    [Fact]
    public void A_correction_needs_a_reason_and_an_entry_of_this_history()
    {
        var history = new UnitStatusHistory([]);
        var entry = history.Record(Team(), null, T0, Admin);
        ShouldRefuse(() => history.Correct(entry.Id, Team(), " ", null, T0, Admin), "unit-correction-reason-required");
        ShouldRefuse(() => history.Retract(entry.Id, "", null, T0, Admin), "unit-correction-reason-required");
        ShouldRefuse(() => history.Correct(Guid.NewGuid(), Team(), "x", null, T0, Admin), "unit-change-unknown");
    }

    [Fact]
    public void Existing_entries_are_loaded_as_they_stand()
    {
        var facility = Guid.NewGuid();
        var original = UnitStatusChange.FromHistory(Guid.NewGuid(), facility, Team(), T0);
        var retraction = UnitStatusChange.FromHistory(Guid.NewGuid(), facility, Team(), T0.AddDays(1), original.Id, "Rút", isRetraction: true);
        var history = new UnitStatusHistory([original, retraction]);
        history.InForce.ShouldBeEmpty();
        ShouldRefuse(() => history.Correct(original.Id, Team(), "x", null, T0, Admin), "unit-change-corrected");
        ShouldRefuse(() => UnitStatusChange.FromHistory(Guid.NewGuid(), facility, Team(), T0, isRetraction: true), "unit-retraction-without-entry");
    }
}
