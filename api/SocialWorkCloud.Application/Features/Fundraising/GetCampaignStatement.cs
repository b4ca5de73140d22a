using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>
/// The campaign's ledger read like a bank statement: every entry in recording order, reversals next to
/// what they reverse, with the running cash balance.
/// </summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetCampaignStatement(Guid CampaignId) : IQuery<CampaignStatement>;

public sealed class GetCampaignStatementHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCampaignStatement, CampaignStatement>
{
    public async ValueTask<CampaignStatement> Handle(GetCampaignStatement query, CancellationToken cancellationToken)
    {
        var campaign = await Ledger.FindCampaignAsync(db, query.CampaignId, cancellationToken);
        var balance = await db.FundBalances.AsNoTracking().SingleAsync(b => b.CampaignId == campaign.Id, cancellationToken);
        var entries = await EntryViews.LoadAsync(db, user, clock, db.LedgerEntries.AsNoTracking().Where(e => e.CampaignId == campaign.Id), cancellationToken);
        long running = 0;
        var lines = entries.Select(e =>
        {
            running += CashEffect(e.Kind, e.ReversesId is not null, e.Amount);
            return e with { CashBalanceAfter = running };
        }).ToList();
        return new CampaignStatement(campaign.Id, campaign.Title, FundTotals.Of(balance), lines);
    }

    /// <summary>What an entry does to the cash balance: receipts add, distributions take, reversals undo.</summary>
    internal static long CashEffect(EntryKind kind, bool isReversal, long amount)
    {
        var effect = kind switch
        {
            EntryKind.CashReceipt => amount,
            EntryKind.CashDistribution => -amount,
            _ => 0,
        };
        return isReversal ? -effect : effect;
    }
}
