using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Reports;

public enum ReportPeriodKind
{
    Quarter = 1,
    HalfYear = 2,
    Year = 3,
    /// <summary>The five-year review of a development programme, e.g. 2021–2025.</summary>
    FiveYear = 4,
}

/// <summary>
/// A reporting period: a quarter (number 1–4), a half-year (1–2), a year or a five-year span starting
/// in <see cref="Year"/> (2021, 2026, … as the national programmes run; number 1 for both).
/// </summary>
public readonly record struct ReportPeriod(ReportPeriodKind Kind, int Year, int Number)
{
    public DateOnly Start => Kind switch
    {
        ReportPeriodKind.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        ReportPeriodKind.HalfYear => new DateOnly(Year, (Number - 1) * 6 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Kind switch
    {
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
        ReportPeriodKind.Quarter => Number is >= 1 and <= 4,
        ReportPeriodKind.HalfYear => Number is 1 or 2,
        ReportPeriodKind.Year => Number == 1,
        ReportPeriodKind.FiveYear => Number == 1 && (Year - 1) % 5 == 0,
        _ => false,
    };

    /// <summary>"Quý 1 năm 2026", "6 tháng đầu năm 2026", "năm 2025", "giai đoạn 2021 - 2025".</summary>
    public string Vietnamese => Kind switch
    {
        ReportPeriodKind.Quarter => $"quý {Number} năm {Year}",
        ReportPeriodKind.HalfYear => Number == 1 ? $"6 tháng đầu năm {Year}" : $"6 tháng cuối năm {Year}",
        ReportPeriodKind.Year => $"năm {Year}",
        _ => $"giai đoạn {Year} - {Year + 4}",
    };
}

public enum ReportStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    /// <summary>Locked: the figures stay as submitted; only the province can reopen it.</summary>
    Approved = 4,
}

/// <summary>
/// A facility's periodic report to its Health Department. Shared by the facility (which writes it) and
/// the province (which returns, approves or reopens it), so it is not tenant-owned: it is read only
/// through ReportAccess, scoping by the caller's facility or province.
/// </summary>
[GlobalEntity("Exchanged between a facility and its province (both act on it); read only through ReportAccess scoping by facility or province.")]
public class PeriodicReport : IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid ProvinceId { get; set; }
    public ReportPeriodKind Kind { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public ReportStatus Status { get; set; }
    /// <summary>The generated figures (a ReportFigures document), frozen when submitted; null until the first generation finishes.</summary>
    public string? FiguresJson { get; set; }
    public DateTimeOffset? GeneratedAt { get; set; }
    /// <summary>Số báo cáo, e.g. "45/BC-BVĐK".</summary>
    public string? ReportNumber { get; set; }
    /// <summary>The place written before the date ("Thanh Hóa, ngày …").</summary>
    public string? Place { get; set; }
    public string? Results { get; set; }
    public string? Difficulties { get; set; }
    public string? Proposals { get; set; }
    /// <summary>The plan for the next period (year and five-year reports).</summary>
    public string? NextPeriodPlan { get; set; }
    /// <summary>"Nơi nhận", one recipient a line.</summary>
    public string? Recipients { get; set; }
    public string? SignerName { get; set; }
    public string? SignerTitle { get; set; }
    /// <summary>The first submission: timeliness counts it, a resubmission after a return does not move it.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? LastComment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public Guid Version { get; set; }

    public ReportPeriod Period => new(Kind, Year, Number);

    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;
}

public enum ReportAction
{
    Created = 1,
    Generated = 2,
    Submitted = 3,
    Returned = 4,
    Approved = 5,
    Reopened = 6,
}

/// <summary>One step of a report's workflow: who did what, when, with which comment. Never edited.</summary>
[GlobalEntity("The history of a PeriodicReport, read only with it through ReportAccess.")]
public class ReportTransition : IAppendOnly
{
    public Guid Id { get; set; }
    public Guid ReportId { get; set; }
    public ReportAction Action { get; set; }
    public ReportStatus FromStatus { get; set; }
    public ReportStatus ToStatus { get; set; }
    public string? Comment { get; set; }
    public Guid? ByUserId { get; set; }
    public string? ByName { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum ReportRunStatus
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>A background generation of a report's figures, followed by the client through its id.</summary>
[GlobalEntity("Job record of a PeriodicReport; read only through ReportAccess scoping by the report's facility.")]
public class ReportRun
{
    public Guid Id { get; set; }
    public Guid ReportId { get; set; }
    public Guid FacilityId { get; set; }
    public string? JobId { get; set; }
    public ReportRunStatus Status { get; set; }
    public int ProgressPercent { get; set; }
    /// <summary>The step being computed, e.g. "Counselling".</summary>
    public string? Step { get; set; }
    public string? Error { get; set; }
    public Guid? RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>A province's own deadline for a period, replacing the default (15 days after the period ends).</summary>
[GlobalEntity("A province's setting; read and written only by that province's officers, read by its facilities.")]
public class ReportDeadline : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProvinceId { get; set; }
    public ReportPeriodKind Kind { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public DateOnly DueOn { get; set; }
    public Guid Version { get; set; }
}
