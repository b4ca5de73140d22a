namespace SocialWorkCloud.Domain.Reports;

public enum ReportPeriodKind
{
    Quarter = 1,
    HalfYear = 2,
    Year = 3,
    /// <summary>The five-year review of a development programme, e.g. 2021–2025.</summary>
    FiveYear = 4,
    /// <summary>A calendar month (number 1–12): the ward plans report monthly ("định kỳ hằng tháng").</summary>
    Month = 5,
    /// <summary>
    /// An ad-hoc report ("báo cáo đột xuất") over a date range the unit chooses; numbered 1, 2, … within the
    /// year it starts in. Not a calendar period: it has no deadline and may be submitted before its range ends.
    /// </summary>
    AdHoc = 6,
}

/// <summary>
/// A reporting period: a month (number 1–12), a quarter (1–4), a half-year (1–2), a year or a five-year
/// span starting in <see cref="Year"/> (2021, 2026, … as the national programmes run; number 1 for both).
/// An ad-hoc report's range is its own (PeriodicReport.PeriodStart/End), never a ReportPeriod: IsValid is false.
/// </summary>
public readonly record struct ReportPeriod(ReportPeriodKind Kind, int Year, int Number)
{
    public DateOnly Start => Kind switch
    {
        ReportPeriodKind.Month => new DateOnly(Year, Number, 1),
        ReportPeriodKind.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        ReportPeriodKind.HalfYear => new DateOnly(Year, (Number - 1) * 6 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Kind switch
    {
        ReportPeriodKind.Month => Start.AddMonths(1).AddDays(-1),
        ReportPeriodKind.Quarter => Start.AddMonths(3).AddDays(-1),
        ReportPeriodKind.HalfYear => Start.AddMonths(6).AddDays(-1),
        ReportPeriodKind.Year => new DateOnly(Year, 12, 31),
        _ => new DateOnly(Year + 4, 12, 31),
    };

    /// <summary>The default deadline: 15 days after the period ends (a province may set another).</summary>
    public DateOnly DefaultDueOn => End.AddDays(DefaultDaysAfterEnd);

    public const int DefaultDaysAfterEnd = 15;

    public bool IsValid => Year is >= 2000 and <= 2100 && Kind switch
    {
        ReportPeriodKind.Month => Number is >= 1 and <= 12,
        ReportPeriodKind.Quarter => Number is >= 1 and <= 4,
        ReportPeriodKind.HalfYear => Number is 1 or 2,
        ReportPeriodKind.Year => Number == 1,
        ReportPeriodKind.FiveYear => Number == 1 && (Year - 1) % 5 == 0,
        _ => false,
    };

    /// <summary>"tháng 3 năm 2026", "quý 1 năm 2026", "6 tháng đầu năm 2026", "năm 2025", "giai đoạn 2021 - 2025" (the administrative documents' wording).</summary>
    public string Vietnamese => Kind switch
    {
        ReportPeriodKind.Month => $"tháng {Number} năm {Year}",
        ReportPeriodKind.Quarter => $"quý {Number} năm {Year}",
        ReportPeriodKind.HalfYear => Number == 1 ? $"6 tháng đầu năm {Year}" : $"6 tháng cuối năm {Year}",
        ReportPeriodKind.Year => $"năm {Year}",
        _ => $"giai đoạn {Year} - {Year + 4}",
    };

    /// <summary>Whether the date falls within the period (both ends included).</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The period of the same kind just before this one (quarter 1 of 2026 → quarter 4 of 2025).</summary>
    public ReportPeriod Previous() => Kind switch
    {
        ReportPeriodKind.Month => Number == 1 ? new(Kind, Year - 1, 12) : this with { Number = Number - 1 },
        ReportPeriodKind.Quarter => Number == 1 ? new(Kind, Year - 1, 4) : this with { Number = Number - 1 },
        ReportPeriodKind.HalfYear => Number == 1 ? new(Kind, Year - 1, 2) : this with { Number = 1 },
        ReportPeriodKind.Year => this with { Year = Year - 1 },
        _ => this with { Year = Year - 5 },
    };
}

/// <summary>
/// The calendar periods every figure is counted over: quarters, half-years, years (1 January to
/// 31 December, "year to date") and the five-year programme spans. One place for these rules.
/// </summary>
public static class Periods
{
    /// <summary>1 January of the date's year: year-to-date figures count from here.</summary>
    public static DateOnly YearStart(DateOnly date) => new(date.Year, 1, 1);

    /// <summary>31 December of the date's year: a year target is due on it.</summary>
    public static DateOnly YearEnd(DateOnly date) => new(date.Year, 12, 31);

    /// <summary>The month (1–12) the date falls in.</summary>
    public static ReportPeriod MonthOf(DateOnly date) => new(ReportPeriodKind.Month, date.Year, date.Month);

    /// <summary>The quarter (1–4) the date falls in.</summary>
    public static ReportPeriod QuarterOf(DateOnly date) => new(ReportPeriodKind.Quarter, date.Year, (date.Month - 1) / 3 + 1);

    /// <summary>The half-year (1–2) the date falls in.</summary>
    public static ReportPeriod HalfYearOf(DateOnly date) => new(ReportPeriodKind.HalfYear, date.Year, date.Month <= 6 ? 1 : 2);

    /// <summary>The year the date falls in.</summary>
    public static ReportPeriod YearOf(DateOnly date) => new(ReportPeriodKind.Year, date.Year, 1);

    /// <summary>The five-year programme span (2021–2025, 2026–2030, …) the date falls in.</summary>
    public static ReportPeriod FiveYearOf(DateOnly date) => new(ReportPeriodKind.FiveYear, date.Year - (date.Year - 1) % 5, 1);

    /// <summary>The period of the given kind that contains the date.</summary>
    public static ReportPeriod Of(ReportPeriodKind kind, DateOnly date) => kind switch
    {
        ReportPeriodKind.Month => MonthOf(date),
        ReportPeriodKind.Quarter => QuarterOf(date),
        ReportPeriodKind.HalfYear => HalfYearOf(date),
        ReportPeriodKind.Year => YearOf(date),
        _ => FiveYearOf(date),
    };
}
