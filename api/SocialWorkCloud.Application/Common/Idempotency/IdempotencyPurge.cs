using Hangfire;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Common.Idempotency;

/// <summary>Deletes keys past their lifetime (hourly): they answer nothing any more.</summary>
public sealed class IdempotencyPurge(AppDbContext db, TimeProvider clock)
{
    public const string RecurringJobId = "idempotency-purge";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var expired = clock.GetUtcNow() - IdempotencyFilter.Lifetime;
        return db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
    }
}
