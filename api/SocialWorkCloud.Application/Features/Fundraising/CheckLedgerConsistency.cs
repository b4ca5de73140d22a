using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record LedgerConsistency(DateTimeOffset CheckedAt, int Campaigns, int Inconsistent, IReadOnlyList<CampaignCheck> Checks);

/// <summary>The unit head's check: every campaign's stored balances and stock recomputed from the ledger.</summary>
[RequiresPermission(Permissions.FundraisingManage)]
public sealed record CheckLedgerConsistency : IQuery<LedgerConsistency>;

public sealed class CheckLedgerConsistencyHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<CheckLedgerConsistency, LedgerConsistency>
{
    public async ValueTask<LedgerConsistency> Handle(CheckLedgerConsistency query, CancellationToken cancellationToken)
    {
        // One snapshot for every statement (a read-only repeatable-read transaction; SQLite's is serialisable):
        // receipts written meanwhile are either wholly in it or wholly not, so no false alarm.
        var checks = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
            {
                await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", ct);
            }
            var result = await LedgerCheck.RunAsync(db.LedgerEntries, db.FundBalances, db.StockLots, ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
        return new LedgerConsistency(clock.GetUtcNow(), checks.Count, checks.Count(c => !c.IsConsistent), checks);
    }
}
