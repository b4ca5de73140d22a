using Mediator;
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
        var checks = await LedgerCheck.RunAsync(db.LedgerEntries, db.FundBalances, db.StockLots, cancellationToken);
        return new LedgerConsistency(clock.GetUtcNow(), checks.Count, checks.Count(c => !c.IsConsistent), checks);
    }
}
