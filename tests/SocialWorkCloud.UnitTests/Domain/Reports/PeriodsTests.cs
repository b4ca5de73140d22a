using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.UnitTests.Domain.Reports;

public class PeriodsTests
{
    [Theory]
    [InlineData("2026-01-01", 1)]
    [InlineData("2026-03-31", 1)]
    [InlineData("2026-04-01", 2)]
    [InlineData("2026-09-30", 3)]
    [InlineData("2026-12-31", 4)]
    public void The_quarter_of_a_date(string date, int quarter) =>
        Periods.QuarterOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(new ReportPeriod(ReportPeriodKind.Quarter, 2026, quarter));

    [Fact]
    public void Half_years_years_and_five_year_spans()
    {
        Periods.HalfYearOf(new DateOnly(2026, 6, 30)).Number.ShouldBe(1);
        Periods.HalfYearOf(new DateOnly(2026, 7, 1)).Number.ShouldBe(2);
        Periods.YearOf(new DateOnly(2026, 7, 1)).ShouldBe(new ReportPeriod(ReportPeriodKind.Year, 2026, 1));
        Periods.FiveYearOf(new DateOnly(2025, 12, 31)).ShouldBe(new ReportPeriod(ReportPeriodKind.FiveYear, 2021, 1));
        Periods.FiveYearOf(new DateOnly(2026, 1, 1)).ShouldBe(new ReportPeriod(ReportPeriodKind.FiveYear, 2026, 1));
        Periods.Of(ReportPeriodKind.FiveYear, new DateOnly(2030, 5, 5)).End.ShouldBe(new DateOnly(2030, 12, 31));
        Periods.YearStart(new DateOnly(2026, 7, 9)).ShouldBe(new DateOnly(2026, 1, 1));
        Periods.YearEnd(new DateOnly(2026, 7, 9)).ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void Ranges_names_and_the_previous_period()
    {
        var q4 = new ReportPeriod(ReportPeriodKind.Quarter, 2026, 4);
        (q4.Start, q4.End, q4.DefaultDueOn).ShouldBe((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 15)));
        q4.Vietnamese.ShouldBe("quý 4 năm 2026");
        new ReportPeriod(ReportPeriodKind.HalfYear, 2026, 2).Vietnamese.ShouldBe("6 tháng cuối năm 2026");
        new ReportPeriod(ReportPeriodKind.FiveYear, 2021, 1).Vietnamese.ShouldBe("giai đoạn 2021 - 2025");
        new ReportPeriod(ReportPeriodKind.Quarter, 2026, 1).Previous().ShouldBe(new ReportPeriod(ReportPeriodKind.Quarter, 2025, 4));
        q4.Previous().ShouldBe(new ReportPeriod(ReportPeriodKind.Quarter, 2026, 3));
        new ReportPeriod(ReportPeriodKind.HalfYear, 2026, 1).Previous().ShouldBe(new ReportPeriod(ReportPeriodKind.HalfYear, 2025, 2));
        new ReportPeriod(ReportPeriodKind.FiveYear, 2026, 1).Previous().ShouldBe(new ReportPeriod(ReportPeriodKind.FiveYear, 2021, 1));
        q4.Contains(new DateOnly(2026, 11, 1)).ShouldBeTrue();
        q4.Contains(new DateOnly(2027, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Today_in_Vietnam_is_seven_hours_ahead_of_utc()
    {
        var late = new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero);
        SocialWorkCloud.Domain.Common.VietnamClock.DateOf(late).ShouldBe(new DateOnly(2027, 1, 1));
        SocialWorkCloud.Domain.Common.VietnamClock.DateOf(late.AddMinutes(-1)).ShouldBe(new DateOnly(2026, 12, 31));
        SocialWorkCloud.Domain.Common.VietnamClock.At(new DateOnly(2026, 1, 15), new TimeOnly(9, 30))
            .ShouldBe(new DateTimeOffset(2026, 1, 15, 2, 30, 0, TimeSpan.Zero));
    }
}
