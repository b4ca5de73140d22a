using System.ComponentModel;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Kpis;

/// <summary>
/// The KPI engine's background jobs. Each job carries its province (through its run) explicitly;
/// the nightly job loops over the provinces and queues one run each.
/// </summary>
public sealed class KpiJobs(AppDbContext db, KpiCalculator calculator, IOutbox outbox, OutboxDispatcher dispatcher, TimeProvider clock, ILogger<KpiJobs> logger)
{
    public const string NightlyJobId = "kpi-nightly";

    [AutomaticRetry(Attempts = 2)]
    public async Task NightlyAsync(CancellationToken cancellationToken)
    {
        var asOf = VietnamClock.Today(clock);
        var provinces = await db.Provinces.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var provinceId in provinces)
        {
            var run = new KpiRun { Id = Guid.NewGuid(), ProvinceId = provinceId, AsOf = asOf, Status = KpiRunStatus.Queued, RequestedAt = clock.GetUtcNow() };
            db.KpiRuns.Add(run);
            run.JobId = KpiRunRequested.Publish(outbox, run);
        }
        // The runs and their outbox rows commit together (one SaveChanges), then become jobs.
        await db.SaveChangesAsync(cancellationToken);
        await dispatcher.DispatchPublishedAsync();
        logger.LogInformation("Queued nightly KPI runs for {Count} provinces as of {AsOf}", provinces.Count, asOf);
    }

    [AutomaticRetry(Attempts = 3)]
    [DisplayName("KPI snapshots of province {0} (run {1})")]
    public async Task ComputeRunAsync(Guid provinceId, Guid runId, CancellationToken cancellationToken)
    {
        // Enqueued from the outbox after the run's transaction committed: the run is there.
        var run = await db.KpiRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw new InvalidOperationException($"KPI run {runId} does not exist.");
        if (run.ProvinceId != provinceId) throw new InvalidOperationException($"KPI run {runId} belongs to another province.");
        if (run.Status == KpiRunStatus.Succeeded) return;

        run.Status = KpiRunStatus.Running;
        run.StartedAt = clock.GetUtcNow();
        run.ProgressPercent = 10;
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await calculator.SnapshotAsync(run.ProvinceId, run.AsOf, run.Id, cancellationToken);
            run.Status = KpiRunStatus.Succeeded;
            run.ProgressPercent = 100;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "KPI run {RunId} for province {ProvinceId} failed", run.Id, run.ProvinceId);
            run.Status = KpiRunStatus.Failed;
            // Who started it hears of it (the nightly run has no starter: its failure stays in the log and the run's status).
            if (run.RequestedBy is { } starter)
            {
                outbox.Raise(NotificationKind.KpiRunFailed, null, run.ProvinceId, NotificationRecords.KpiRun, run.Id, null,
                    users: [starter], args: [run.AsOf.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)]);
            }
            run.Error = "The computation failed; see the server log for run " + run.Id;
            db.ChangeTracker.Entries().Where(e => e.Entity is KpiSnapshot).ToList().ForEach(e => e.State = EntityState.Detached);
        }
        run.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await dispatcher.DispatchPublishedAsync();
    }
}

/// <summary>A KPI run was requested (its row is committed): compute it in the background. Carries its province.</summary>
[OutboxMessageType("kpis.run-requested")]
public sealed record KpiRunRequested(Guid ProvinceId, Guid RunId) : IOutboxMessage
{
    /// <summary>Publishes the run's computation; returns the id the run reports as its job (the outbox message's).</summary>
    public static string Publish(IOutbox outbox, KpiRun run) =>
        outbox.Publish(new KpiRunRequested(run.ProvinceId, run.Id)).ToString();

    /// <summary>
    /// A unit status change dated <paramref name="from"/> (back-dated, or a correction) changes every stored
    /// snapshot of the province as of that day or later: queues one run per such date, in the caller's
    /// transaction (through the outbox), so the trend never contradicts the live figures. Returns the dates.
    /// </summary>
    public static async Task<IReadOnlyList<DateOnly>> QueueAffectedSnapshotsAsync(
        AppDbContext db, IOutbox outbox, TimeProvider clock, Guid provinceId, DateOnly from, Guid? requestedBy, CancellationToken ct)
    {
        var dates = await db.KpiSnapshots.AsNoTracking().Where(s => s.ProvinceId == provinceId && s.AsOf >= from)
            .Select(s => s.AsOf).Distinct().OrderBy(d => d).ToListAsync(ct);
        foreach (var asOf in dates)
        {
            var run = new KpiRun { Id = Guid.NewGuid(), ProvinceId = provinceId, AsOf = asOf, Status = KpiRunStatus.Queued, RequestedBy = requestedBy, RequestedAt = clock.GetUtcNow() };
            db.KpiRuns.Add(run);
            run.JobId = Publish(outbox, run);
        }
        return dates;
    }
}

public sealed class KpiRunRequestedHandler(IBackgroundJobClient jobs) : IOutboxHandler<KpiRunRequested>
{
    public string Dispatch(KpiRunRequested message) =>
        jobs.Enqueue<KpiJobs>(j => j.ComputeRunAsync(message.ProvinceId, message.RunId, CancellationToken.None));
}
