using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.Facilities;

public sealed class FacilityWithStatus
{
    public required Facility Facility { get; init; }
    public UnitStatus Status { get; init; }
    public DateOnly? Since { get; init; }
}

/// <summary>
/// The unit status of many facilities on a date in one set-based query: for each facility the
/// latest entry in force dated on or before the date (a correlated subquery on the
/// (FacilityId, EffectiveDate) index). The KPI engine and the registry share it.
/// </summary>
public static class UnitStatusQueries
{
    public static IQueryable<FacilityWithStatus> WithStatusOn(AppDbContext db, IQueryable<Facility> facilities, DateOnly date)
    {
        var inForce = InForce(db);
        return facilities.Select(f => new FacilityWithStatus
        {
            Facility = f,
            Status = inForce
                .Where(c => c.FacilityId == f.Id && c.EffectiveDate <= date)
                .OrderByDescending(c => c.EffectiveDate).ThenByDescending(c => c.RecordedAt)
                .Select(c => (UnitStatus?)c.Status)
                .FirstOrDefault() ?? UnitStatus.None,
            Since = inForce
                .Where(c => c.FacilityId == f.Id && c.EffectiveDate <= date)
                .OrderByDescending(c => c.EffectiveDate).ThenByDescending(c => c.RecordedAt)
                .Select(c => (DateOnly?)c.EffectiveDate)
                .FirstOrDefault(),
        });
    }

    /// <summary>Entries of any facility not corrected by a later entry, retractions excluded. Reads across tenants: callers scope the facilities.</summary>
    public static IQueryable<UnitStatusChange> InForce(AppDbContext db)
    {
        var all = db.UnitStatusChanges.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking();
        return all.Where(c => !c.IsRetraction && !all.Any(x => x.CorrectsId == c.Id));
    }
}
