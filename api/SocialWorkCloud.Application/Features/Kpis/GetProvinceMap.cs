using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Kpis;

/// <param name="CountsTowardTarget">Counted in its group's numerator (social work for preventive facilities and
/// stations, a team or department for hospitals); false means it pulls its share down.</param>
public sealed record MapFacility(Guid Id, string Code, string Name, FacilityType Type, FacilityGroup Group, UnitStatus UnitStatus, bool CountsTowardTarget);

/// <param name="Code">The official commune code (null for the facilities whose commune is not recorded).</param>
/// <param name="Kind">"xã", "phường" or "đặc khu".</param>
public sealed record MapCommune(string? Code, string Name, string? Kind, IReadOnlyList<MapFacility> Facilities);

/// <summary>
/// The province as a grid of its communes (the official 2025 list), each with its operating facilities,
/// their unit status and whether each counts toward its KPI as of the date. No boundary data ships
/// with the product (none could be had offline for the merged communes), so the portal draws tiles.
/// </summary>
public sealed record ProvinceMap(Guid ProvinceId, DateOnly AsOf, int FacilityCount, IReadOnlyList<MapCommune> Communes);

[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record GetProvinceMap(Guid ProvinceId, DateOnly? AsOf) : IQuery<ProvinceMap>;

public sealed class GetProvinceMapValidator : AbstractValidator<GetProvinceMap>
{
    public GetProvinceMapValidator() => RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class GetProvinceMapHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetProvinceMap, ProvinceMap>
{
    public async ValueTask<ProvinceMap> Handle(GetProvinceMap query, CancellationToken cancellationToken)
    {
        await KpiAccess.EnsureProvinceReadableAsync(db, user, query.ProvinceId, cancellationToken);
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        var placeCode = await db.Provinces.AsNoTracking().Where(p => p.Id == query.ProvinceId).Select(p => p.PlaceCode).SingleAsync(cancellationToken);
        var communes = placeCode is null
            ? []
            : await db.PlaceCommunes.AsNoTracking().Where(c => c.ProvinceCode == placeCode)
                .Select(c => new { c.Code, c.Name, c.Kind }).ToListAsync(cancellationToken);

        // The same operating facilities and statuses as the KPI engine's.
        var facilities = db.Facilities.AsNoTracking()
            .Where(f => f.ProvinceId == query.ProvinceId)
            .Where(f => (f.EstablishedOn == null || f.EstablishedOn <= asOf) && (f.ClosedOn == null || f.ClosedOn > asOf));
        var rows = await UnitStatusQueries.WithStatusOn(db, facilities, asOf)
            .Select(x => new { x.Facility.Id, x.Facility.Code, x.Facility.Name, x.Facility.Type, x.Facility.CommuneCode, x.Status })
            .ToListAsync(cancellationToken);

        var byCommune = rows
            .Select(r => (r.CommuneCode, Facility: new MapFacility(r.Id, r.Code, r.Name, r.Type, r.Type.Group(), r.Status, CountsToward(r.Type.Group(), r.Status))))
            .ToLookup(x => x.CommuneCode, x => x.Facility);
        IReadOnlyList<MapFacility> In(string? code) => byCommune[code].OrderBy(f => f.Name, VietnameseCollation.Comparer).ToList();

        var known = communes.Select(c => c.Code).ToHashSet();
        var list = communes
            .OrderBy(c => c.Name, VietnameseCollation.Comparer)
            .Select(c => new MapCommune(c.Code, c.Name, c.Kind, In(c.Code)))
            .ToList();
        // A facility without a commune, or with one outside the province's official list, still shows.
        var unplaced = rows.Where(r => r.CommuneCode is null || !known.Contains(r.CommuneCode)).Select(r => r.Id).ToHashSet();
        if (unplaced.Count > 0)
        {
            list.Add(new MapCommune(null, "", null, byCommune.SelectMany(g => g).Where(f => unplaced.Contains(f.Id)).OrderBy(f => f.Name, VietnameseCollation.Comparer).ToList()));
        }
        return new ProvinceMap(query.ProvinceId, asOf, rows.Count, list);
    }

    /// <summary>The KPI engine's rule: hospitals need a team or department, the others any social work.</summary>
    private static bool CountsToward(FacilityGroup group, UnitStatus status) =>
        group == FacilityGroup.Curative ? status.HasFormalUnit() : status.CarriesOutSocialWork();
}
