using System.ComponentModel;
using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Kpis;
using SocialWorkCloud.Application.Features.Reports;
using SocialWorkCloud.Application.Features.Workforce;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Domain.Supervision;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>
/// The daily deadline notifications (Vietnam calendar): reports, follow-up tasks and supervision recommendations
/// coming due and overdue, practice certificates about to expire, staff practising without one before the rule
/// applies. Queues one job per facility, which carries its facility (tenant) and enters it. Each deadline is
/// written once: its event key names the record and its due date (a moved date is a new deadline), so a re-run
/// — the same day or the next — adds nothing; the monthly reminder's key names the month.
/// </summary>
public sealed class DeadlineJobs(AppDbContext db, TenantScope tenant, NotificationJobs notifications, IBackgroundJobClient jobs, TimeProvider clock,
    ILogger<DeadlineJobs> logger)
{
    public const string DailyJobId = "notifications-deadlines-daily";

    /// <summary>Days before its due date that a report or a recommendation is announced.</summary>
    public const int DueSoonDays = 5;

    /// <summary>
    /// How far back an overdue deadline is still announced: the first run after deployment (or after the job was
    /// stopped) must not flood inboxes with years-old items that the work lists show anyway.
    /// </summary>
    public const int OverdueLookBackDays = 30;

    [AutomaticRetry(Attempts = 2)]
    public async Task DailyAsync(CancellationToken cancellationToken)
    {
        var today = VietnamClock.Today(clock);
        var facilities = await db.Facilities.AsNoTracking().Where(f => f.ClosedOn == null || f.ClosedOn > today).Select(f => f.Id).ToListAsync(cancellationToken);
        foreach (var facilityId in facilities)
        {
            jobs.Enqueue<DeadlineJobs>(j => j.RaiseForFacilityAsync(facilityId, today, CancellationToken.None));
        }
        logger.LogInformation("Queued deadline notifications for {Count} facilities as of {Today}", facilities.Count, today);
    }

    /// <summary>Writes the facility's deadline items as of <paramref name="today"/> (a Vietnamese date); returns how many it wrote.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisplayName("Deadline notifications of facility {0} as of {1}")]
    public Task<int> RaiseForFacilityAsync(Guid facilityId, DateOnly today, CancellationToken cancellationToken) =>
        RaiseAsync(facilityId, today, DeadlineScope.All, cancellationToken);

    /// <summary>
    /// A command made something due (<see cref="DeadlinesChanged"/>): the same deadlines as the daily run, at once, for the
    /// facility (or every open facility of the province). The event keys are the daily run's, so neither adds a second item.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    [DisplayName("Deadline notifications at once ({0})")]
    public async Task<int> RaiseNowAsync(DeadlinesChanged change, CancellationToken cancellationToken)
    {
        var today = VietnamClock.Today(clock);
        var facilities = change.FacilityId is { } one ? [one]
            : await db.Facilities.AsNoTracking().Where(f => f.ProvinceId == change.ProvinceId && (f.ClosedOn == null || f.ClosedOn > today))
                .Select(f => f.Id).ToListAsync(cancellationToken);
        var written = 0;
        foreach (var facilityId in facilities) written += await RaiseAsync(facilityId, today, change.Scope, cancellationToken);
        return written;
    }

    private async Task<int> RaiseAsync(Guid facilityId, DateOnly today, DeadlineScope scope, CancellationToken cancellationToken)
    {
        using var _ = tenant.Enter(facilityId);
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId)
            .Select(f => new { f.Id, f.ProvinceId, f.EstablishedOn, f.ClosedOn }).SingleOrDefaultAsync(cancellationToken);
        if (facility is null) return 0;
        var written = 0;
        if (scope.HasFlag(DeadlineScope.Reports))
            written += await ReportsAsync(facility.Id, facility.ProvinceId, facility.EstablishedOn, facility.ClosedOn, today, cancellationToken);
        if (scope.HasFlag(DeadlineScope.Tasks)) written += await TasksAsync(facility.Id, today, cancellationToken);
        if (scope.HasFlag(DeadlineScope.Recommendations)) written += await RecommendationsAsync(facility.Id, today, cancellationToken);
        if (scope.HasFlag(DeadlineScope.Certificates)) written += await CertificatesAsync(facility.Id, today, cancellationToken);
        if (scope.HasFlag(DeadlineScope.StatusHints)) written += await StatusHintAsync(facility.Id, facility.ProvinceId, today, cancellationToken);
        logger.LogInformation("Wrote {Count} deadline notifications for facility {FacilityId} as of {Today}", written, facilityId, today);
        return written;
    }

    /// <summary>
    /// The last ended period of each kind (its deadline follows its end): due within <see cref="DueSoonDays"/> days, or past due,
    /// while the facility has submitted nothing for it. Reaches the facility's unit heads, who prepare reports.
    /// </summary>
    private async Task<int> ReportsAsync(Guid facilityId, Guid provinceId, DateOnly? establishedOn, DateOnly? closedOn, DateOnly today, CancellationToken ct)
    {
        var written = 0;
        foreach (var kind in Enum.GetValues<ReportPeriodKind>())
        {
            var period = LastEnded(kind, today);
            if (period is not { } p) continue;
            if ((establishedOn is { } from && from > p.End) || (closedOn is { } to && to <= p.End)) continue;
            var dueOn = await ReportAccess.DueOnAsync(db, provinceId, p, ct);
            var notification = today > dueOn ? NotificationKind.ReportOverdue
                : dueOn.DayNumber - today.DayNumber <= DueSoonDays ? NotificationKind.ReportDue : (NotificationKind?)null;
            if (notification is null || today.DayNumber - dueOn.DayNumber > OverdueLookBackDays) continue;
            var report = await db.PeriodicReports.AsNoTracking()
                .Where(r => r.FacilityId == facilityId && r.Kind == p.Kind && r.Year == p.Year && r.Number == p.Number)
                .Select(r => new { r.Id, r.FirstSubmittedAt }).SingleOrDefaultAsync(ct);
            if (report?.FirstSubmittedAt is not null) continue;
            var label = string.Create(CultureInfo.InvariantCulture, $"{p.Start:dd/MM/yyyy}–{p.End:dd/MM/yyyy}");
            // No report started yet: the item links to the reports list (an empty record id).
            written += await RaiseAsync(notification.Value, facilityId, provinceId, NotificationRecords.Report, report?.Id ?? Guid.Empty,
                $"{p.Kind}-{p.Year}-{p.Number}-{facilityId:N}", dueOn, null, [UserRole.FacilityAdmin], [], [label, Date(dueOn)], ct);
        }
        return written;
    }

    /// <summary>The period of this kind that ended most recently before <paramref name="today"/> (null before the first).</summary>
    internal static ReportPeriod? LastEnded(ReportPeriodKind kind, DateOnly today)
    {
        var current = kind switch
        {
            // Monthly and ad-hoc reports are the unit's own choice (a ward plan's monthly report), not a province
            // deadline for everyone: no reminders for them.
            ReportPeriodKind.Quarter => new ReportPeriod(kind, today.Year, (today.Month - 1) / 3 + 1),
            ReportPeriodKind.HalfYear => new ReportPeriod(kind, today.Year, today.Month <= 6 ? 1 : 2),
            ReportPeriodKind.Year => new ReportPeriod(kind, today.Year, 1),
            ReportPeriodKind.FiveYear => new ReportPeriod(kind, today.Year - (today.Year - 1) % 5, 1),
            _ => (ReportPeriod?)null,
        };
        if (current is not { } c) return null;
        var last = c.End < today ? c : c.Previous();
        return last.IsValid ? last : null;
    }

    /// <summary>An open task of an open case: due today (its assignee), overdue (its assignee and the unit heads), as the case's visibility allows.</summary>
    private async Task<int> TasksAsync(Guid facilityId, DateOnly today, CancellationToken ct)
    {
        var since = today.AddDays(-OverdueLookBackDays);
        var tasks = await db.OfFacility<FollowUpTask>(facilityId)
            .Where(t => t.DoneAt == null && t.DueOn <= today && t.DueOn >= since)
            .Join(db.OfFacility<Case>(facilityId).Where(c => c.Stage != CaseStage.Closed), t => t.CaseId, c => c.Id, (t, c) => t)
            .Select(t => new { t.Id, t.CaseId, t.Title, t.DueOn, t.AssigneeId }).ToListAsync(ct);
        var written = 0;
        foreach (var t in tasks)
        {
            var overdue = t.DueOn < today;
            written += await RaiseAsync(overdue ? NotificationKind.TaskOverdue : NotificationKind.TaskDue, facilityId, null, NotificationRecords.Case, t.CaseId,
                t.Id.ToString("N"), t.DueOn, t.CaseId, overdue ? [UserRole.FacilityAdmin] : [], [t.AssigneeId], [t.Title, Date(t.DueOn)], ct);
        }
        return written;
    }

    /// <summary>
    /// A recommendation of a visit whose minutes are issued, neither settled nor awaiting the province's review: due within
    /// <see cref="DueSoonDays"/> days or overdue. Reaches the facility's unit heads; the item links to the visit.
    /// </summary>
    private async Task<int> RecommendationsAsync(Guid facilityId, DateOnly today, CancellationToken ct)
    {
        var since = today.AddDays(-OverdueLookBackDays);
        var until = today.AddDays(DueSoonDays);
        var recommendations = await db.SupervisionRecommendations.AsNoTracking()
            .Where(r => r.FacilityId == facilityId && r.AcceptedAt == null && (r.Status == RecommendationStatus.Open || r.Status == RecommendationStatus.InProgress)
                && r.DueOn >= since && r.DueOn <= until)
            .Join(db.SupervisionVisits.AsNoTracking().Where(v => v.FacilityId == facilityId && v.Status == VisitStatus.Closed), r => r.VisitId, v => v.Id,
                (r, v) => new { r.Id, r.VisitId, r.Text, r.DueOn, v.ProvinceId })
            .ToListAsync(ct);
        var written = 0;
        foreach (var r in recommendations)
        {
            written += await RaiseAsync(r.DueOn < today ? NotificationKind.RecommendationOverdue : NotificationKind.RecommendationDue, facilityId, r.ProvinceId,
                NotificationRecords.Recommendation, r.VisitId, r.Id.ToString("N"), r.DueOn, null, [UserRole.FacilityAdmin], [], [r.Text, Date(r.DueOn)], ct);
        }
        return written;
    }

    /// <summary>
    /// Certificates expiring within the warning window (once per certificate and expiry date), and — before the rule applies
    /// (1 January 2027) — one reminder a month while anyone active practises without a valid certificate. Reaches the unit heads.
    /// </summary>
    private async Task<int> CertificatesAsync(Guid facilityId, DateOnly today, CancellationToken ct)
    {
        var watch = (await CertificateWatchCalculator.ComputeAsync(db.OfFacility<StaffMember>(facilityId), db.OfFacility<PracticeCertificate>(facilityId), today, ct))
            .GetValueOrDefault(facilityId);
        if (watch is null) return 0;
        var written = 0;
        foreach (var c in watch.ExpiringSoon)
        {
            written += await RaiseAsync(NotificationKind.CertificateExpiring, facilityId, null, NotificationRecords.Staff, c.StaffMemberId,
                c.CertificateId.ToString("N"), c.ExpiresOn, null, [UserRole.FacilityAdmin], [], [c.FullName, Date(c.ExpiresOn)], ct);
        }
        if (today < CertificateRule.RequiredFrom && watch.PractisingWithout.Count > 0)
        {
            var month = new DateOnly(today.Year, today.Month, 1);
            written += await RaiseAsync(NotificationKind.PractisingWithoutCertificate, facilityId, null, NotificationRecords.Staff, facilityId,
                facilityId.ToString("N"), month, null, [UserRole.FacilityAdmin], [],
                [watch.PractisingWithout.Count.ToString(CultureInfo.InvariantCulture)], ct);
        }
        return written;
    }

    /// <summary>
    /// Where the facility's records contradict its declared unit status (social-work staff and activities, declared "none"):
    /// a hint to its unit heads and the province's officers — the status itself is the facility's decision, never changed here.
    /// Once per contradiction, not every night: the key names the declared status and the date it took effect, so only a new
    /// declaration that is contradicted again is announced again.
    /// </summary>
    private async Task<int> StatusHintAsync(Guid facilityId, Guid provinceId, DateOnly today, CancellationToken ct)
    {
        var facility = db.Facilities.AsNoTracking().Where(f => f.Id == facilityId);
        var hint = (await UnitStatusHints.FindAsync(db, facility, today, ct)).SingleOrDefault();
        if (hint is null) return 0;
        var since = await UnitStatusQueries.WithStatusOn(db, facility, today).Select(x => x.Since).SingleOrDefaultAsync(ct);
        return await RaiseAsync(NotificationKind.UnitStatusContradicted, facilityId, provinceId, NotificationRecords.UnitStatus, facilityId,
            $"{facilityId:N}-{hint.DeclaredStatus}", since ?? DateOnly.MinValue, null, [UserRole.FacilityAdmin, UserRole.ProvinceOfficer], [],
            [hint.Name, hint.ActiveStaff.ToString(CultureInfo.InvariantCulture), hint.ActivitiesLastYear.ToString(CultureInfo.InvariantCulture)], ct);
    }

    /// <summary>One deadline's items, keyed by kind, record and date so that each is written once per recipient.</summary>
    private async Task<int> RaiseAsync(NotificationKind kind, Guid facilityId, Guid? provinceId, string recordType, Guid recordId, string subject, DateOnly on,
        Guid? caseId, UserRole[] roles, Guid[] users, string?[] args, CancellationToken ct)
    {
        var eventKey = string.Create(CultureInfo.InvariantCulture, $"deadline:{NotificationText.Kebab(kind.ToString())}:{subject}:{on:yyyy-MM-dd}");
        var message = new NotificationRaised(Guid.Empty, kind, facilityId, provinceId, recordType, recordId, caseId, null, roles, users, args);
        var recipients = await notifications.RecipientsAsync(message, ct);
        return await notifications.WriteAsync(recipients, facilityId, provinceId, kind, recordType, recordId, args, eventKey, ct);
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>Which deadlines a change concerns.</summary>
[Flags]
public enum DeadlineScope
{
    Reports = 1,
    Tasks = 2,
    Recommendations = 4,
    Certificates = 8,
    /// <summary>Records contradicting the declared unit status (a hint, checked with the daily run).</summary>
    StatusHints = 16,
    All = Reports | Tasks | Recommendations | Certificates | StatusHints,
}

/// <summary>
/// A command created or changed something that may already be due (a follow-up task due today or before, a visit's
/// recommendations made final, a certificate expiring soon, a report's due date moved): its deadline items are written
/// at once rather than at the next daily run. For one facility, or (a province's report deadline) every facility of the province.
/// </summary>
[OutboxMessageType("notifications.deadlines-changed")]
public sealed record DeadlinesChanged(Guid? FacilityId, Guid? ProvinceId, DeadlineScope Scope) : IOutboxMessage
{
    /// <summary>Publishes the change when <paramref name="due"/> says something is in the announcement window.</summary>
    public static void Publish(IOutbox outbox, Guid? facilityId, DeadlineScope scope, bool due = true)
    {
        if (due && facilityId is { } f) outbox.Publish(new DeadlinesChanged(f, null, scope), f);
    }

    /// <summary>Whether a task, report or recommendation due on <paramref name="dueOn"/> is announced as of today.</summary>
    public static bool InWindow(DateOnly dueOn, TimeProvider clock, int daysBefore) =>
        dueOn.DayNumber - VietnamClock.Today(clock).DayNumber <= daysBefore
        && VietnamClock.Today(clock).DayNumber - dueOn.DayNumber <= DeadlineJobs.OverdueLookBackDays;
}

public sealed class DeadlinesChangedHandler(IBackgroundJobClient jobs) : IOutboxHandler<DeadlinesChanged>
{
    public string Dispatch(DeadlinesChanged message) =>
        jobs.Enqueue<DeadlineJobs>(j => j.RaiseNowAsync(message, CancellationToken.None));
}
