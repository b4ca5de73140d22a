using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.UnitHistory;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.Facilities;

/// <summary>A facility's profile with its unit's whole history (corrections shown, not hidden).</summary>
[RequiresPermission(Permissions.FacilitiesRead)]
public sealed record GetFacility(Guid FacilityId) : IQuery<FacilityProfile>;

public sealed class GetFacilityHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetFacility, FacilityProfile>
{
    public async ValueTask<FacilityProfile> Handle(GetFacility query, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.AsNoTracking().VisibleTo(user)
            .Where(f => f.Id == query.FacilityId)
            .Select(f => new { Facility = f, ProvinceName = db.Provinces.Where(p => p.Id == f.ProvinceId).Select(p => p.Name).First(),
                ProvincePlaceCode = db.Provinces.Where(p => p.Id == f.ProvinceId).Select(p => p.PlaceCode).First() })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Facility", query.FacilityId);

        // The facility is visible to the caller, so its history is too (own facility, own province or platform).
        var entries = await db.OfFacility<UnitStatusChange>(query.FacilityId).ToListAsync(cancellationToken);
        var inForce = UnitStatusHistory.Effective(entries).Select(e => e.Id).ToHashSet();
        var today = VietnamClock.Today(clock);
        var names = await db.RecorderNamesAsync(entries.Select(e => e.RecordedBy), cancellationToken);
        var f = facility.Facility;

        return new FacilityProfile(
            f.Id, f.ProvinceId, facility.ProvinceName, f.Code, f.Name, f.Type, f.Type.Group(), f.Ownership, f.CommuneWard,
            f.AddressDetail, f.Phone, f.MedicalStaffCount, f.EstablishedOn, f.ClosedOn, f.Version,
            UnitStatusHistory.StatusOn(entries, today),
            entries.OrderBy(e => e.EffectiveDate).ThenBy(e => e.RecordedAt)
                .Select(e => e.ToDto(inForce.Contains(e.Id), names))
                .ToList(), f.CommuneCode, facility.ProvincePlaceCode, f.HospitalLevel);
    }
}
