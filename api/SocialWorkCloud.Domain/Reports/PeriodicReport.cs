using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Reports;

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
/// <remarks>
/// The workflow (DHIS2-style approval): <see cref="Start"/> a draft → figures generated
/// (<see cref="RecordFigures"/>, again as often as needed while editable) → <see cref="Submit"/> →
/// the province <see cref="Return"/>s it (the unit edits and resubmits) or <see cref="Approve"/>s it,
/// which locks it; only the province can <see cref="Reopen"/> an approved report (back to draft).
/// Each step returns the <see cref="ReportTransition"/> to record with who and when.
/// </remarks>
[GlobalEntity("Exchanged between a facility and its province (both act on it); read only through ReportAccess scoping by facility or province.")]
public class PeriodicReport : IVersioned
{
    /// <summary>The recipients every new report starts with ("Nơi nhận").</summary>
    public const string DefaultRecipients = "Sở Y tế (b/c);\nBan Giám đốc (b/c);\nLưu: VT, Phòng CTXH.";

    private PeriodicReport() { }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; private set; }
    public Guid ProvinceId { get; private set; }
    public ReportPeriodKind Kind { get; private set; }
    public int Year { get; private set; }
    public int Number { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public ReportStatus Status { get; private set; }
    /// <summary>The generated figures (a ReportFigures document), frozen when submitted; null until the first generation finishes.</summary>
    public string? FiguresJson { get; private set; }
    public DateTimeOffset? GeneratedAt { get; private set; }
    /// <summary>Số báo cáo, e.g. "45/BC-BVĐK".</summary>
    public string? ReportNumber { get; private set; }
    /// <summary>The place written before the date ("Thanh Hóa, ngày …").</summary>
    public string? Place { get; private set; }
    public string? Results { get; private set; }
    public string? Difficulties { get; private set; }
    public string? Proposals { get; private set; }
    /// <summary>The plan for the next period (year and five-year reports).</summary>
    public string? NextPeriodPlan { get; private set; }
    /// <summary>"Nơi nhận", one recipient a line.</summary>
    public string? Recipients { get; private set; }
    public string? SignerName { get; private set; }
    public string? SignerTitle { get; private set; }
    /// <summary>The first submission: timeliness counts it, a resubmission after a return does not move it.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>How many times it was sent: the number of the latest <see cref="ReportSubmission"/>.</summary>
    public int Submissions { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public string? LastComment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public Guid Version { get; set; }

    /// <summary>What an ad-hoc report is about ("Về việc …"); null for a periodic report.</summary>
    public string? Subject { get; private set; }
    /// <summary>
    /// A commune/ward station's report goes to its People's Committee (UBND xã/phường) as well as the Health
    /// Department: since the 2025 reform the stations answer to the commune too. Shown in "Kính gửi".
    /// </summary>
    public bool AddressedToPeoplesCommittee { get; private set; }

    /// <summary>The calendar period (meaningless for an ad-hoc report: use <see cref="PeriodStart"/>/<see cref="PeriodEnd"/>).</summary>
    public ReportPeriod Period => new(Kind, Year, Number);

    public bool IsAdHoc => Kind == ReportPeriodKind.AdHoc;

    /// <summary>"quý 1 năm 2026", or for an ad-hoc report "đột xuất từ ngày 01/11/2026 đến ngày 20/11/2026".</summary>
    public string PeriodName => IsAdHoc ? AdHocName(PeriodStart, PeriodEnd) : Period.Vietnamese;

    public static string AdHocName(DateOnly from, DateOnly to) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"đột xuất từ ngày {from:dd/MM/yyyy} đến ngày {to:dd/MM/yyyy}");

    /// <summary>The longest range an ad-hoc report may cover.</summary>
    public const int AdHocMaxDays = 366;

    /// <summary>The unit may change it (narrative, figures) and submit it: a draft, or a report the province returned.</summary>
    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Starts a facility's draft for a valid period; returns the report and its "created" step.</summary>
    public static (PeriodicReport Report, ReportTransition Created) Start(
        Guid facilityId, Guid provinceId, ReportPeriod period, ReportActor by, DateTimeOffset now)
    {
        if (!period.IsValid) throw new DomainRuleException("report-period-invalid");
        var report = new PeriodicReport
        {
            Id = Guid.NewGuid(), FacilityId = facilityId, ProvinceId = provinceId, Kind = period.Kind, Year = period.Year, Number = period.Number,
            PeriodStart = period.Start, PeriodEnd = period.End, Status = ReportStatus.Draft, Recipients = DefaultRecipients,
            CreatedAt = now, CreatedBy = by.UserId,
        };
        return (report, report.Step(ReportAction.Created, ReportStatus.Draft, null, by, now));
    }

    /// <summary>
    /// Starts an ad-hoc report ("báo cáo đột xuất") over a range the unit chooses, the <paramref name="number"/>-th
    /// of the year it starts in. The range may run past today (figures count up to the generation day).
    /// </summary>
    public static (PeriodicReport Report, ReportTransition Created) StartAdHoc(
        Guid facilityId, Guid provinceId, int number, DateOnly from, DateOnly to, string subject, ReportActor by, DateTimeOffset now)
    {
        if (to < from || to.DayNumber - from.DayNumber >= AdHocMaxDays || number < 1) throw new DomainRuleException("report-range-invalid");
        if (from > VietnamClock.DateOf(now)) throw new DomainRuleException("report-period-not-started");
        if (string.IsNullOrWhiteSpace(subject)) throw new DomainRuleException("report-subject-required");
        var report = new PeriodicReport
        {
            Id = Guid.NewGuid(), FacilityId = facilityId, ProvinceId = provinceId, Kind = ReportPeriodKind.AdHoc, Year = from.Year, Number = number,
            PeriodStart = from, PeriodEnd = to, Status = ReportStatus.Draft, Recipients = DefaultRecipients, Subject = subject.Trim(),
            CreatedAt = now, CreatedBy = by.UserId,
        };
        return (report, report.Step(ReportAction.Created, ReportStatus.Draft, null, by, now));
    }

    /// <summary>
    /// Addresses the report to the commune's People's Committee as well as the Health Department (or not):
    /// only a commune/ward station answers to a People's Committee.
    /// </summary>
    public void AddressTo(bool peoplesCommittee, bool isCommuneStation)
    {
        EnsureEditable();
        if (peoplesCommittee && !isCommuneStation) throw new DomainRuleException("report-committee-commune-only");
        if (peoplesCommittee && !AddressedToPeoplesCommittee && Recipients == DefaultRecipients) Recipients = CommuneRecipients;
        if (!peoplesCommittee && AddressedToPeoplesCommittee && Recipients == CommuneRecipients) Recipients = DefaultRecipients;
        AddressedToPeoplesCommittee = peoplesCommittee;
    }

    /// <summary>The recipients a station's report addressed to its People's Committee starts with.</summary>
    public const string CommuneRecipients = "Sở Y tế (b/c);\nUBND xã/phường (b/c);\nLưu: VT.";

    /// <summary>Refuses unless the unit may still change the report (a draft or returned one); e.g. before regenerating its figures.</summary>
    public void EnsureEditable()
    {
        if (Status == ReportStatus.Approved) throw new DomainRuleException("report-status");
        if (!IsEditable) throw new DomainRuleException("report-submitted");
    }

    /// <summary>Stores freshly generated figures on an editable report.</summary>
    public ReportTransition RecordFigures(string figuresJson, ReportActor by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(figuresJson);
        EnsureEditable();
        FiguresJson = figuresJson;
        GeneratedAt = now;
        return Step(ReportAction.Generated, Status, null, by, now);
    }

    /// <summary>The unit's own parts of the report: number, narrative, recipients, signer (blank → none).</summary>
    public void Edit(ReportNarrative text)
    {
        EnsureEditable();
        if (IsAdHoc && text.Subject is not null)
        {
            if (string.IsNullOrWhiteSpace(text.Subject)) throw new DomainRuleException("report-subject-required");
            Subject = text.Subject.Trim();
        }
        ReportNumber = Clean(text.ReportNumber);
        Place = Clean(text.Place);
        Results = Clean(text.Results);
        Difficulties = Clean(text.Difficulties);
        Proposals = Clean(text.Proposals);
        NextPeriodPlan = Clean(text.NextPeriodPlan);
        Recipients = Clean(text.Recipients);
        SignerName = Clean(text.SignerName);
        SignerTitle = Clean(text.SignerTitle);
    }

    /// <summary>
    /// Sends a draft or returned report with figures to the province; its figures are frozen from now on.
    /// Only once its period has ended (Vietnam's date): a periodic report covers the whole period, so an
    /// early one would be approved and locked with part of the figures missing.
    /// </summary>
    /// <remarks>
    /// Returns, beside the step, the <see cref="ReportSubmission"/> to store: what the province reads from now on, while
    /// the unit may later rework the report (after a return or a reopening) without the province seeing the rework.
    /// </remarks>
    public (ReportTransition Step, ReportSubmission Snapshot) Submit(ReportActor by, DateTimeOffset now, string? comment = null)
    {
        EnsureEditable();
        if (FiguresJson is null) throw new DomainRuleException("report-not-generated");
        // An ad-hoc report is the way to report early: it may go before its range ends (its figures stop at the generation day).
        if (!IsAdHoc && VietnamClock.DateOf(now) <= PeriodEnd) throw new DomainRuleException("report-period-not-ended", PeriodEnd);
        SubmittedAt = now;
        FirstSubmittedAt ??= now;
        Submissions++;
        var snapshot = new ReportSubmission
        {
            Id = Guid.NewGuid(), ReportId = Id, Number = Submissions, SubmittedAt = now, SubmittedByName = by.Name,
            FiguresJson = FiguresJson, GeneratedAt = GeneratedAt, Subject = Subject, ReportNumber = ReportNumber, Place = Place, Results = Results,
            Difficulties = Difficulties, Proposals = Proposals, NextPeriodPlan = NextPeriodPlan, Recipients = Recipients,
            SignerName = SignerName, SignerTitle = SignerTitle, AddressedToPeoplesCommittee = AddressedToPeoplesCommittee,
        };
        return (Step(ReportAction.Submitted, ReportStatus.Submitted, comment, by, now), snapshot);
    }

    /// <summary>The province sends a submitted report back to the unit, with the reason.</summary>
    public ReportTransition Return(ReportActor by, DateTimeOffset now, string? comment)
    {
        EnsureAwaitingReview();
        RequireComment(comment);
        return Step(ReportAction.Returned, ReportStatus.Returned, comment, by, now);
    }

    /// <summary>The province approves a submitted report: it is locked, its figures stay as submitted.</summary>
    public ReportTransition Approve(ReportActor by, DateTimeOffset now, string? comment = null)
    {
        EnsureAwaitingReview();
        ApprovedAt = now;
        return Step(ReportAction.Approved, ReportStatus.Approved, comment, by, now);
    }

    /// <summary>The province reopens an approved report for a correction: back to draft, with the reason.</summary>
    public ReportTransition Reopen(ReportActor by, DateTimeOffset now, string? comment)
    {
        if (Status != ReportStatus.Approved) throw new DomainRuleException("report-not-approved");
        RequireComment(comment);
        ApprovedAt = null;
        return Step(ReportAction.Reopened, ReportStatus.Draft, comment, by, now);
    }

    private void EnsureAwaitingReview()
    {
        if (Status == ReportStatus.Approved) throw new DomainRuleException("report-status");
        if (Status != ReportStatus.Submitted) throw new DomainRuleException("report-not-submitted");
    }

    private static void RequireComment(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainRuleException("report-comment-required");
    }

    private ReportTransition Step(ReportAction action, ReportStatus to, string? comment, ReportActor by, DateTimeOffset now)
    {
        var step = new ReportTransition
        {
            Id = Guid.NewGuid(), ReportId = Id, Action = action, FromStatus = Status, ToStatus = to, Comment = Clean(comment),
            ByUserId = by.UserId, ByName = by.Name, At = now,
        };
        Status = to;
        if (step.Comment is not null) LastComment = step.Comment;
        return step;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Who takes a step of a report's workflow: a user (with the name shown in the history), or a named person in demo data.</summary>
public sealed record ReportActor(Guid? UserId, string? Name);

/// <summary>The unit's own parts of a report.</summary>
public sealed record ReportNarrative(
    string? ReportNumber, string? Place, string? Results, string? Difficulties, string? Proposals, string? NextPeriodPlan,
    string? Recipients, string? SignerName, string? SignerTitle, string? Subject = null);

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

/// <summary>
/// What the unit sent at one submission of a report (figures and text: everything its document is made from), never
/// edited. The province reads the latest one: a returned or reopened report the unit is reworking stays the unit's own
/// business until it is sent again.
/// </summary>
[GlobalEntity("A submitted version of a PeriodicReport, read only with it through ReportAccess.")]
public class ReportSubmission : IAppendOnly
{
    public Guid Id { get; set; }
    public Guid ReportId { get; set; }
    /// <summary>1 for the first submission, 2 for the resubmission after a return or reopening, …</summary>
    public int Number { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? SubmittedByName { get; set; }
    public required string FiguresJson { get; set; }
    public DateTimeOffset? GeneratedAt { get; set; }
    public string? Subject { get; set; }
    public string? ReportNumber { get; set; }
    public string? Place { get; set; }
    public string? Results { get; set; }
    public string? Difficulties { get; set; }
    public string? Proposals { get; set; }
    public string? NextPeriodPlan { get; set; }
    public string? Recipients { get; set; }
    public string? SignerName { get; set; }
    public string? SignerTitle { get; set; }
    public bool AddressedToPeoplesCommittee { get; set; }
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
