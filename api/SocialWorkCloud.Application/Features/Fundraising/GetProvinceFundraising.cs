using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record FacilityFundraising(
    Guid FacilityId, string FacilityName, long CashRaised, long GoodsValueRaised, long CashDistributed, int PatientsSupported,
    int GoodsItemsDistributed, long CashBalance, int Campaigns, int InconsistentCampaigns);

public sealed record ProvinceFundraising(Guid ProvinceId, int Year, long CashRaised, long CashDistributed, int PatientsSupported, IReadOnlyList<FacilityFundraising> Facilities);

/// <summary>
/// A province's fundraising totals per facility for a year, with the ledger consistency check of every
/// facility: aggregates only, never a donor or a beneficiary.
/// </summary>
[RequiresPermission(Permissions.FundraisingReadProvince)]
public sealed record GetProvinceFundraising(Guid ProvinceId, int? Year = null) : IQuery<ProvinceFundraising>;

public sealed class GetProvinceFundraisingValidator : AbstractValidator<GetProvinceFundraising>
{
    public GetProvinceFundraisingValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}

public sealed class GetProvinceFundraisingHandler(AppDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetProvinceFundraising, ProvinceFundraising>
{
    public async ValueTask<ProvinceFundraising> Handle(GetProvinceFundraising query, CancellationToken cancellationToken)
    {
        if (!await db.Provinces.AsNoTracking().ReadableForAggregates(user).AnyAsync(p => p.Id == query.ProvinceId, cancellationToken))
        {
            throw new NotFoundException("Province", query.ProvinceId);
        }
        var year = query.Year ?? VietnamClock.Today(clock).Year;
        var facilityIds = db.Facilities.Where(f => f.ProvinceId == query.ProvinceId).Select(f => f.Id);
        var figures = await YearFigures.PerFacilityAsync(db.AcrossFacilities<LedgerEntry>(facilityIds), year, cancellationToken);
        var checks = await LedgerCheck.RunAsync(db.AcrossFacilities<LedgerEntry>(facilityIds), db.AcrossFacilities<FundBalance>(facilityIds),
            db.AcrossFacilities<StockLot>(facilityIds), cancellationToken);
        var withLedger = figures.Select(f => f.FacilityId).Concat(checks.Select(c => c.FacilityId)).Distinct().ToList();
        var names = await db.Facilities.AsNoTracking().Where(f => withLedger.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);

        var rows = withLedger.Select(id =>
        {
            var f = figures.SingleOrDefault(x => x.FacilityId == id);
            var mine = checks.Where(c => c.FacilityId == id).ToList();
            return new FacilityFundraising(id, names.GetValueOrDefault(id, "?"), f?.CashRaised ?? 0, f?.GoodsValueRaised ?? 0, f?.CashDistributed ?? 0,
                f?.PatientsSupported ?? 0, f?.GoodsItemsDistributed ?? 0, mine.Sum(c => c.FromLedger.CashBalance), mine.Count, mine.Count(c => !c.IsConsistent));
        }).OrderByDescending(r => r.CashRaised).ThenBy(r => r.FacilityName).ToList();
        return new ProvinceFundraising(query.ProvinceId, year, rows.Sum(r => r.CashRaised), rows.Sum(r => r.CashDistributed), rows.Sum(r => r.PatientsSupported), rows);
    }
}
