using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.UnitTests.Domain.Reports;

/// <summary>Monthly periods, ad-hoc reports (the early way to report) and a station's report to its People's Committee.</summary>
public class AdHocAndMonthlyReportTests
{
    // 06/12/2026 in Vietnam.
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);
    private static readonly ReportActor Head = new(Guid.NewGuid(), "Lê Văn Minh");

    [Fact]
    public void A_month_runs_from_its_first_to_its_last_day_and_wraps_the_year()
    {
        var february = new ReportPeriod(ReportPeriodKind.Month, 2028, 2);
        february.IsValid.ShouldBeTrue();
        february.Start.ShouldBe(new DateOnly(2028, 2, 1));
        february.End.ShouldBe(new DateOnly(2028, 2, 29));
        february.Vietnamese.ShouldBe("tháng 2 năm 2028");
        new ReportPeriod(ReportPeriodKind.Month, 2026, 1).Previous().ShouldBe(new ReportPeriod(ReportPeriodKind.Month, 2025, 12));
        new ReportPeriod(ReportPeriodKind.Month, 2026, 13).IsValid.ShouldBeFalse();
        Periods.Of(ReportPeriodKind.Month, new DateOnly(2026, 12, 6)).ShouldBe(new ReportPeriod(ReportPeriodKind.Month, 2026, 12));
        // An ad-hoc range is never a calendar period.
        new ReportPeriod(ReportPeriodKind.AdHoc, 2026, 1).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void An_ad_hoc_report_may_be_submitted_before_its_range_ends_a_monthly_one_may_not()
    {
        var (adHoc, _) = PeriodicReport.StartAdHoc(Guid.NewGuid(), Guid.NewGuid(), 1, new(2026, 12, 1), new(2026, 12, 31), " Tình hình hỗ trợ người bệnh dịp Tết ", Head, Now);
        adHoc.Subject.ShouldBe("Tình hình hỗ trợ người bệnh dịp Tết");
        adHoc.PeriodName.ShouldBe("đột xuất từ ngày 01/12/2026 đến ngày 31/12/2026");
        adHoc.RecordFigures("{}", Head, Now);
        adHoc.Submit(Head, Now).Step.ToStatus.ShouldBe(ReportStatus.Submitted);

        var (month, _) = PeriodicReport.Start(Guid.NewGuid(), Guid.NewGuid(), Periods.MonthOf(new(2026, 12, 6)), Head, Now);
        month.RecordFigures("{}", Head, Now);
        Should.Throw<DomainRuleException>(() => month.Submit(Head, Now)).Code.ShouldBe("report-period-not-ended");
        month.Submit(Head, new DateTimeOffset(2027, 1, 1, 3, 0, 0, TimeSpan.Zero)).Step.ToStatus.ShouldBe(ReportStatus.Submitted);
    }

    [Theory]
    [InlineData("2026-12-10", "2026-12-01", "report-range-invalid")]   // ends before it starts
    [InlineData("2024-12-31", "2026-01-01", "report-range-invalid")]   // longer than 366 days
    [InlineData("2026-12-07", "2026-12-20", "report-period-not-started")]
    public void An_ad_hoc_range_is_checked(string from, string to, string code)
    {
        Should.Throw<DomainRuleException>(() => PeriodicReport.StartAdHoc(Guid.NewGuid(), Guid.NewGuid(), 1, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), "Về việc", Head, Now))
            .Code.ShouldBe(code);
    }

    [Fact]
    public void An_ad_hoc_report_needs_a_subject_and_keeps_it()
    {
        Should.Throw<DomainRuleException>(() => PeriodicReport.StartAdHoc(Guid.NewGuid(), Guid.NewGuid(), 1, new(2026, 12, 1), new(2026, 12, 5), "  ", Head, Now))
            .Code.ShouldBe("report-subject-required");
        var (report, _) = PeriodicReport.StartAdHoc(Guid.NewGuid(), Guid.NewGuid(), 2, new(2026, 12, 1), new(2026, 12, 5), "Về việc A", Head, Now);
        Should.Throw<DomainRuleException>(() => report.Edit(new ReportNarrative(null, null, null, null, null, null, null, null, null, " ")))
            .Code.ShouldBe("report-subject-required");
        report.Edit(new ReportNarrative(null, null, null, null, null, null, null, null, null, "Về việc B"));
        report.Subject.ShouldBe("Về việc B");
        report.Number.ShouldBe(2);
    }

    [Fact]
    public void Only_a_commune_station_addresses_its_People_s_Committee_and_the_recipients_follow()
    {
        var (hospital, _) = PeriodicReport.Start(Guid.NewGuid(), Guid.NewGuid(), Periods.MonthOf(new(2026, 11, 1)), Head, Now);
        Should.Throw<DomainRuleException>(() => hospital.AddressTo(true, isCommuneStation: false)).Code.ShouldBe("report-committee-commune-only");
        hospital.AddressedToPeoplesCommittee.ShouldBeFalse();

        var (station, _) = PeriodicReport.Start(Guid.NewGuid(), Guid.NewGuid(), Periods.MonthOf(new(2026, 11, 1)), Head, Now);
        station.AddressTo(true, isCommuneStation: true);
        station.AddressedToPeoplesCommittee.ShouldBeTrue();
        station.Recipients!.ShouldContain("UBND xã/phường");
        station.AddressTo(false, isCommuneStation: true);
        station.Recipients.ShouldBe(PeriodicReport.DefaultRecipients);
    }
}
