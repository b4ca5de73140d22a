using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.UnitTests.Domain;

public class UnitStatusHistoryTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static UnitStatusChange Entry(UnitStatus status, string date, Guid? corrects = null, bool retract = false, int minutes = 0) =>
        UnitStatusChange.FromHistory(Guid.NewGuid(), Guid.Empty,
            new UnitStatusFacts(status, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), status >= UnitStatus.Team ? "QĐ 1/QĐ-BV" : null, null, 0),
            Recorded.AddMinutes(minutes), corrects, isRetraction: retract);

    [Fact]
    public void The_status_on_a_date_is_the_latest_entry_dated_on_or_before_it()
    {
        var history = new[] { Entry(UnitStatus.Team, "2017-06-01"), Entry(UnitStatus.Department, "2025-03-23") };
        UnitStatusHistory.StatusOn(history, new DateOnly(2017, 5, 31)).ShouldBe(UnitStatus.None);
        UnitStatusHistory.StatusOn(history, new DateOnly(2017, 6, 1)).ShouldBe(UnitStatus.Team);
        UnitStatusHistory.StatusOn(history, new DateOnly(2025, 3, 22)).ShouldBe(UnitStatus.Team);
        UnitStatusHistory.StatusOn(history, new DateOnly(2025, 3, 23)).ShouldBe(UnitStatus.Department);
    }

    [Fact]
    public void A_correction_replaces_the_entry_it_corrects()
    {
        var wrong = Entry(UnitStatus.Team, "2019-01-01");
        var fixedEntry = Entry(UnitStatus.CollaboratorsOnly, "2019-03-01", corrects: wrong.Id, minutes: 5);
        UnitStatusHistory.StatusOn([wrong, fixedEntry], new DateOnly(2019, 2, 1)).ShouldBe(UnitStatus.None);
        UnitStatusHistory.StatusOn([wrong, fixedEntry], new DateOnly(2019, 3, 1)).ShouldBe(UnitStatus.CollaboratorsOnly);
        UnitStatusHistory.Effective([wrong, fixedEntry]).ShouldBe([fixedEntry]);
    }

    [Fact]
    public void A_retraction_withdraws_the_entry_and_itself()
    {
        var earlier = Entry(UnitStatus.CollaboratorsOnly, "2018-01-01");
        var wrong = Entry(UnitStatus.Department, "2020-01-01");
        var retraction = Entry(UnitStatus.Department, "2020-01-01", corrects: wrong.Id, retract: true, minutes: 5);
        UnitStatusHistory.StatusOn([earlier, wrong, retraction], new DateOnly(2021, 1, 1)).ShouldBe(UnitStatus.CollaboratorsOnly);
        UnitStatusHistory.Effective([earlier, wrong, retraction]).ShouldBe([earlier]);
    }

    [Fact]
    public void A_correction_can_itself_be_corrected()
    {
        var first = Entry(UnitStatus.Team, "2019-01-01");
        var second = Entry(UnitStatus.Team, "2019-02-01", corrects: first.Id, minutes: 1);
        var third = Entry(UnitStatus.Department, "2019-02-01", corrects: second.Id, minutes: 2);
        UnitStatusHistory.Effective([first, second, third]).ShouldBe([third]);
    }

    [Theory]
    [InlineData(UnitStatus.None, false, false)]
    [InlineData(UnitStatus.CollaboratorsOnly, true, false)]
    [InlineData(UnitStatus.Team, true, true)]
    [InlineData(UnitStatus.Department, true, true)]
    public void What_counts_for_each_kpi(UnitStatus status, bool socialWork, bool formalUnit)
    {
        status.CarriesOutSocialWork().ShouldBe(socialWork);
        status.HasFormalUnit().ShouldBe(formalUnit);
    }

    [Theory]
    [InlineData(FacilityType.PublicHospital, FacilityGroup.Curative)]
    [InlineData(FacilityType.PrivateHospital, FacilityGroup.Curative)]
    [InlineData(FacilityType.ProvincialCdc, FacilityGroup.Preventive)]
    [InlineData(FacilityType.DistrictHealthCentre, FacilityGroup.Preventive)]
    [InlineData(FacilityType.CommuneHealthStation, FacilityGroup.CommuneStation)]
    public void Facility_types_report_in_their_group(FacilityType type, FacilityGroup group) => type.Group().ShouldBe(group);
}
