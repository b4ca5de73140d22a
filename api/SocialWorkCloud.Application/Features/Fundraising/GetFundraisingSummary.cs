using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record FundraisingSummary(
    int Year, long CashRaised, long GoodsValueRaised, long? YearlyTarget, int PatientsSupported, int GoodsItemsDistributed,
    long CashDistributed, int OpenCampaigns, int AwaitingApproval);

/// <summary>The facility home's figures for a year (default this one): raised against the target, patients supported, goods given out.</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetFundraisingSummary(int? Year = null) : IQuery<FundraisingSummary>;

public sealed class GetFundraisingSummaryValidator : AbstractValidator<GetFundraisingSummary>
{
    public GetFundraisingSummaryValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}

public sealed class GetFundraisingSummaryHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<GetFundraisingSummary, FundraisingSummary>
{
    public async ValueTask<FundraisingSummary> Handle(GetFundraisingSummary query, CancellationToken cancellationToken)
    {
        var year = query.Year ?? VietnamClock.Today(clock).Year;
        var figures = await YearFigures.OfAsync(db.LedgerEntries, year, cancellationToken);
        var target = await db.FundraisingSettings.AsNoTracking().Select(s => s.YearlyTarget).FirstOrDefaultAsync(cancellationToken);
        var open = await db.Campaigns.CountAsync(c => c.Status == CampaignStatus.Open, cancellationToken);
        var awaiting = await db.LedgerEntries.CountAsync(e => e.NeedsApproval && e.ReversesId == null
            && !db.DistributionApprovals.Any(a => a.EntryId == e.Id) && !db.LedgerEntries.Any(r => r.ReversesId == e.Id), cancellationToken);
        return new FundraisingSummary(year, figures.CashRaised, figures.GoodsValueRaised, target, figures.PatientsSupported,
            figures.GoodsItemsDistributed, figures.CashDistributed, open, awaiting);
    }
}

internal sealed record YearFigures(Guid FacilityId, long CashRaised, long GoodsValueRaised, long CashDistributed, int PatientsSupported, int GoodsItemsDistributed)
{
    /// <summary>Entries dated in the year, net of reversals (a reversed entry and its reversal both drop out).</summary>
    public static async Task<YearFigures> OfAsync(IQueryable<LedgerEntry> entries, int year, CancellationToken ct) =>
        (await PerFacilityAsync(entries, year, ct)).SingleOrDefault() ?? new YearFigures(Guid.Empty, 0, 0, 0, 0, 0);

    public static Task<List<YearFigures>> PerFacilityAsync(IQueryable<LedgerEntry> entries, int year, CancellationToken ct) =>
        PerFacilityBetweenAsync(entries, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);

    /// <summary>The same figures for any span of dates (both included), e.g. a report's quarter.</summary>
    public static async Task<List<YearFigures>> PerFacilityBetweenAsync(IQueryable<LedgerEntry> entries, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var standing = entries.Where(e => e.ReversesId == null && e.EntryDate >= from && e.EntryDate <= to && !entries.Any(r => r.ReversesId == e.Id));
        var rows = await standing
            .GroupBy(e => e.FacilityId)
            .Select(g => new YearFigures(
                g.Key,
                g.Where(e => e.Kind == EntryKind.CashReceipt).Sum(e => (long?)e.Amount) ?? 0,
                g.Where(e => e.Kind == EntryKind.GoodsReceipt).Sum(e => (long?)e.Amount) ?? 0,
                g.Where(e => e.Kind == EntryKind.CashDistribution).Sum(e => (long?)e.Amount) ?? 0,
                g.Count(e => e.RecipientKind == RecipientKind.Client),
                g.Where(e => e.Kind == EntryKind.GoodsDistribution).Sum(e => (int?)e.Quantity) ?? 0))
            .ToListAsync(ct);
        return rows;
    }
}
