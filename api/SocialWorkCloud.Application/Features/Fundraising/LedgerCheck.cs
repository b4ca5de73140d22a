using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record CampaignCheck(Guid CampaignId, Guid FacilityId, FundTotals Stored, FundTotals FromLedger, int StockLotsOff, bool IsConsistent);

/// <summary>Recomputes balances and stock from the ledger alone and compares them with the stored running totals.</summary>
internal static class LedgerCheck
{
    public static async Task<List<CampaignCheck>> RunAsync(IQueryable<LedgerEntry> entries, IQueryable<FundBalance> balances, IQueryable<StockLot> lots, CancellationToken ct)
    {
        var sums = await entries
            .GroupBy(e => new { e.CampaignId, e.Kind, Reversal = e.ReversesId != null })
            .Select(g => new { g.Key.CampaignId, g.Key.Kind, g.Key.Reversal, Amount = g.Sum(e => e.Amount) })
            .ToListAsync(ct);
        var quantities = await entries.Where(e => e.StockLotId != null)
            .GroupBy(e => new { e.StockLotId, e.Kind, Reversal = e.ReversesId != null })
            .Select(g => new { g.Key.StockLotId, g.Key.Kind, g.Key.Reversal, Quantity = g.Sum(e => e.Quantity ?? 0) })
            .ToListAsync(ct);
        var stored = await balances.AsNoTracking().ToListAsync(ct);
        var storedLots = await lots.AsNoTracking().Select(l => new { l.Id, l.CampaignId, l.QuantityReceived, l.QuantityIssued }).ToListAsync(ct);

        long Net(Guid campaign, EntryKind kind) => sums.Where(s => s.CampaignId == campaign && s.Kind == kind).Sum(s => s.Reversal ? -s.Amount : s.Amount);
        int NetQuantity(Guid lot, EntryKind kind) => quantities.Where(q => q.StockLotId == lot && q.Kind == kind).Sum(q => q.Reversal ? -q.Quantity : q.Quantity);

        return stored.Select(b =>
        {
            var fromLedger = FundTotals.Of(Net(b.CampaignId, EntryKind.CashReceipt), Net(b.CampaignId, EntryKind.CashDistribution),
                Net(b.CampaignId, EntryKind.GoodsReceipt), Net(b.CampaignId, EntryKind.GoodsDistribution));
            var lotsOff = storedLots.Count(l => l.CampaignId == b.CampaignId
                && (l.QuantityReceived != NetQuantity(l.Id, EntryKind.GoodsReceipt) || l.QuantityIssued != NetQuantity(l.Id, EntryKind.GoodsDistribution)));
            var storedTotals = FundTotals.Of(b);
            return new CampaignCheck(b.CampaignId, b.FacilityId, storedTotals, fromLedger, lotsOff, storedTotals == fromLedger && lotsOff == 0);
        }).ToList();
    }
}
