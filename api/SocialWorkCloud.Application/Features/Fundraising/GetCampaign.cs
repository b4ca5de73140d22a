using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>A campaign with its totals and the goods in its stock.</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetCampaign(Guid CampaignId) : IQuery<CampaignDetail>;

public sealed class GetCampaignHandler(AppDbContext db) : IQueryHandler<GetCampaign, CampaignDetail>
{
    public async ValueTask<CampaignDetail> Handle(GetCampaign query, CancellationToken cancellationToken)
    {
        var c = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.CampaignId, cancellationToken)
            ?? throw new NotFoundException("Campaign", query.CampaignId);
        var balance = await db.FundBalances.AsNoTracking().SingleAsync(b => b.CampaignId == c.Id, cancellationToken);
        var stock = await StockOf(db, c.Id).ToListAsync(cancellationToken);
        var awaiting = await db.LedgerEntries.CountAsync(e => e.CampaignId == c.Id && e.NeedsApproval && e.ReversesId == null
            && !db.DistributionApprovals.Any(a => a.EntryId == e.Id) && !db.LedgerEntries.Any(r => r.ReversesId == e.Id), cancellationToken);
        return new CampaignDetail(
            c.Id, c.Kind, c.Title, c.Purpose, c.Scope, c.Beneficiaries, c.BankAccount, c.GoodsReceptionPlace, c.StartDate, c.EndDate,
            c.DistributionDate, c.TargetAmount, c.Status, c.PublishedAt, c.Version, FundTotals.Of(balance), stock, awaiting,
            c.TargetMaximum, CampaignMapping.TransferOf(c));
    }

    internal static IQueryable<StockLine> StockOf(AppDbContext db, Guid campaignId) =>
        db.StockLots.AsNoTracking().Where(l => l.CampaignId == campaignId)
            .Join(db.LedgerEntries, l => l.Id, e => e.Id, (l, e) => new { l, e })
            .OrderBy(x => x.e.RecordedAt)
            .Select(x => new StockLine(
                x.l.Id, x.l.Item, x.l.Unit, x.l.QuantityReceived, x.l.QuantityIssued, x.l.QuantityReceived - x.l.QuantityIssued, x.l.EstimatedValue,
                x.e.EntryDate, db.Donors.Where(d => d.Id == x.e.DonorId).Select(d => d.Name).FirstOrDefault()));
}
