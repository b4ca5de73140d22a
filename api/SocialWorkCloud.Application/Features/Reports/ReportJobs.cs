using System.ComponentModel;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>
/// Generates a report's figures in the background. The job carries its facility (tenant) explicitly and
/// enters it before reading the records; progress is written to the run after each step.
/// </summary>
public sealed class ReportJobs(AppDbContext db, TenantScope tenant, TimeProvider clock, IOutbox outbox, OutboxDispatcher dispatcher, ILogger<ReportJobs> logger)
{
    internal static async Task<ReportRunDto> QueueAsync(AppDbContext db, IOutbox outbox, ICurrentUser user, TimeProvider clock,
        PeriodicReport report, CancellationToken ct)
    {
        var run = new ReportRun
        {
            Id = Guid.NewGuid(), ReportId = report.Id, FacilityId = report.FacilityId, Status = ReportRunStatus.Queued,
            RequestedBy = user.UserId, RequestedAt = clock.GetUtcNow(),
        };
        db.ReportRuns.Add(run);
        // The job is enqueued after the command commits (the outbox), so it always finds its run.
        run.JobId = outbox.Publish(new ReportGenerationRequested(run.FacilityId, run.Id), run.FacilityId).ToString();
        await db.SaveChangesAsync(ct);
        return run.ToDto();
    }

    [AutomaticRetry(Attempts = 3)]
    [DisplayName("Report figures of facility {0} (run {1})")]
    public async Task GenerateAsync(Guid facilityId, Guid runId, CancellationToken cancellationToken)
    {
        using var _ = tenant.Enter(facilityId);
        // Enqueued from the outbox after the run's transaction committed: the run is there.
        var run = await db.ReportRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw new InvalidOperationException($"Report run {runId} does not exist.");
        if (run.FacilityId != facilityId) throw new InvalidOperationException($"Report run {runId} belongs to another facility.");
        if (run.Status is ReportRunStatus.Succeeded or ReportRunStatus.Failed) return;
        // The outbox may hand the same run to two jobs (the after-commit dispatch and the sweep): one claims it
        // in the database, the other leaves; a run left Running by a dead process is claimed again after 10 minutes.
        var now = clock.GetUtcNow();
        var abandoned = now.AddMinutes(-10);
        var claimed = await db.ReportRuns
            .Where(r => r.Id == runId && (r.Status == ReportRunStatus.Queued || (r.Status == ReportRunStatus.Running && r.StartedAt < abandoned)))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportRunStatus.Running).SetProperty(r => r.StartedAt, now), cancellationToken);
        if (claimed == 0) return;
        await db.Entry(run).ReloadAsync(cancellationToken);
        var report = await db.PeriodicReports.SingleAsync(r => r.Id == run.ReportId && r.FacilityId == facilityId, cancellationToken);
        try
        {
            if (!report.IsEditable) throw new InvalidOperationException("The report was submitted meanwhile; its figures stay frozen.");
            var step = 0;
            var figures = await ReportFiguresCalculator.ComputeAsync(db, facilityId, report.PeriodStart, report.PeriodEnd, VietnamClock.Today(clock),
                async name =>
                {
                    run.Step = name;
                    run.ProgressPercent = 5 + 90 * step++ / ReportFiguresCalculator.Steps;
                    await db.SaveChangesAsync(cancellationToken);
                }, cancellationToken);
            // The unit may have saved its narrative meanwhile (a new version): write onto the report as it is now.
            await db.Entry(report).ReloadAsync(cancellationToken);
            if (!report.IsEditable) throw new InvalidOperationException("The report was submitted meanwhile; its figures stay frozen.");
            var by = new ReportActor(run.RequestedBy,
                run.RequestedBy is { } requester ? await db.Users.AsNoTracking().Where(u => u.Id == requester).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken) : null);
            db.ReportTransitions.Add(report.RecordFigures(JsonSerializer.Serialize(figures, ReportMapping.Json), by, clock.GetUtcNow()));
            run.Status = ReportRunStatus.Succeeded;
            run.ProgressPercent = 100;
            run.Step = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Report run {RunId} of facility {FacilityId} failed", run.Id, facilityId);
            foreach (var entry in db.ChangeTracker.Entries<PeriodicReport>().ToList()) await entry.ReloadAsync(CancellationToken.None);
            db.ChangeTracker.Entries<ReportTransition>().Where(e => e.State == EntityState.Added).ToList().ForEach(e => e.State = EntityState.Detached);
            run.Status = ReportRunStatus.Failed;
            // Who started it hears of it (written with the failed run; dispatched below, or by the sweep).
            if (run.RequestedBy is { } starter)
            {
                outbox.Raise(NotificationKind.ReportGenerationFailed, facilityId, null, NotificationRecords.Report, report.Id, null,
                    users: [starter], args: [ReportNotifications.PeriodLabel(report)]);
            }
            run.Error = report.IsEditable ? "The generation failed; see the server log for run " + run.Id : "The report is no longer a draft; its figures stay frozen.";
        }
        run.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await dispatcher.DispatchPublishedAsync();
    }
}

/// <summary>A report's figures were asked for (its run is committed): generate them in the background. Carries its facility (tenant).</summary>
[OutboxMessageType("reports.generation-requested")]
public sealed record ReportGenerationRequested(Guid FacilityId, Guid RunId) : IOutboxMessage;

public sealed class ReportGenerationRequestedHandler(IBackgroundJobClient jobs) : IOutboxHandler<ReportGenerationRequested>
{
    public string Dispatch(ReportGenerationRequested message) =>
        jobs.Enqueue<ReportJobs>(j => j.GenerateAsync(message.FacilityId, message.RunId, CancellationToken.None));
}
