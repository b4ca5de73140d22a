using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Common.Outbox;

/// <summary>
/// Turns committed outbox rows into background jobs. A row is first claimed with a conditional update
/// (so the after-commit dispatch and the sweep, or two nodes, never enqueue it twice), then handed to its
/// handler, then marked dispatched with the job's id. A failure releases the claim and records the error;
/// a claim whose dispatcher died is released by its lease running out.
/// </summary>
public sealed class OutboxDispatcher(AppDbContext db, TransactionalOutbox outbox, OutboxRegistry registry, IServiceProvider services, TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>How long a claim keeps other dispatchers away.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <summary>How long dispatched rows are kept (to follow a job back to its command).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    /// <summary>After this many failed attempts a row waits for an operator (its last error says why).</summary>
    public const int MaxAttempts = 10;

    private const int SweepBatch = 200;

    /// <summary>Dispatches what this scope published, once its transaction has committed. Never throws: what fails here, the sweep retries.</summary>
    public async Task DispatchPublishedAsync()
    {
        foreach (var message in outbox.TakePublished())
        {
            // What it carries is in memory already: no need to read it back after the claim.
            try { await TryDispatchAsync(message.Id, CancellationToken.None, (message.Type, message.Payload)); }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox message {MessageId} was not dispatched after commit; the sweep will retry it", message.Id);
            }
        }
    }

    /// <summary>Dispatches every committed row still waiting (a crash between commit and dispatch), oldest first; purges old dispatched rows.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var dispatched = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var staleClaim = clock.GetUtcNow() - ClaimLease;
            var waiting = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.DispatchedAt == null && m.Attempts < MaxAttempts && (m.ClaimedAt == null || m.ClaimedAt < staleClaim))
                .OrderBy(m => m.CreatedAt).Select(m => m.Id).Take(SweepBatch)
                .ToListAsync(cancellationToken);
            var sent = 0;
            foreach (var id in waiting)
            {
                if (await TryDispatchAsync(id, cancellationToken)) sent++;
            }
            dispatched += sent;
            if (waiting.Count < SweepBatch || sent == 0) break;
        }
        if (dispatched > 0) logger.LogWarning("The outbox sweep dispatched {Count} messages that were committed but not dispatched", dispatched);

        var expired = clock.GetUtcNow() - Retention;
        await db.OutboxMessages.Where(m => m.DispatchedAt != null && m.DispatchedAt < expired).ExecuteDeleteAsync(cancellationToken);
        return dispatched;
    }

    private async Task<bool> TryDispatchAsync(Guid id, CancellationToken cancellationToken, (string Type, string Payload)? published = null)
    {
        var now = clock.GetUtcNow();
        var staleClaim = now - ClaimLease;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.DispatchedAt == null && (m.ClaimedAt == null || m.ClaimedAt < staleClaim))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        if (claimed == 0) return false; // another dispatcher has it, or it is done

        var row = published ?? await db.OutboxMessages.AsNoTracking().Where(m => m.Id == id).Select(m => new ValueTuple<string, string>(m.Type, m.Payload))
            .SingleAsync(cancellationToken);
        string jobId;
        try
        {
            jobId = registry.Dispatch(services, row.Type, row.Payload);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Outbox message {MessageId} ({Type}) could not be dispatched", id, row.Type);
            var error = ex.GetType().Name + ": " + ex.Message;
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ClaimedAt, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, error.Length > 2000 ? error[..2000] : error), CancellationToken.None);
            return false;
        }
        var at = clock.GetUtcNow();
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.DispatchedAt, at)
            .SetProperty(m => m.JobId, jobId)
            .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        return true;
    }
}

/// <summary>The recurring job that dispatches rows the after-commit dispatch never reached.</summary>
public sealed class OutboxSweep(OutboxDispatcher dispatcher)
{
    public const string RecurringJobId = "outbox-sweep";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task SweepAsync(CancellationToken cancellationToken) => dispatcher.SweepAsync(cancellationToken);
}
