using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Kpis;

public enum StatusHintKind
{
    /// <summary>Declared "no social work", yet social-work staff are on record and activities were held in the last 12 months.</summary>
    RecordsShowSocialWork = 1,
}

/// <summary>
/// Where a facility's own records contradict its declared unit status, and the records that do:
/// active social-work staff as of the date, and counselling sessions, communication items and held
/// charity activities in the twelve months before it.
/// </summary>
public sealed record UnitStatusHint(Guid FacilityId, string Code, string Name, FacilityType Type, UnitStatus DeclaredStatus, StatusHintKind Kind, int ActiveStaff, int ActivitiesLastYear);

/// <summary>
/// Finds contradictions between declared unit statuses and the facilities' records. Only a hint: the
/// unit status is a decision with a legal basis (a decision number, a date), so the facility declares
/// it, never the software — the KPI keeps counting the declared status until the facility changes it.
/// </summary>
public static class UnitStatusHints
{
    public static async Task<IReadOnlyList<UnitStatusHint>> FindAsync(AppDbContext db, IQueryable<Facility> facilities, DateOnly asOf, CancellationToken ct)
    {
        var operating = facilities.Where(f => (f.EstablishedOn == null || f.EstablishedOn <= asOf) && (f.ClosedOn == null || f.ClosedOn > asOf));
        var declaredNone = (await UnitStatusQueries.WithStatusOn(db, operating, asOf)
                .Select(x => new { x.Facility.Id, x.Facility.Code, x.Facility.Name, x.Facility.Type, x.Status })
                .ToListAsync(ct))
            .Where(x => !x.Status.CarriesOutSocialWork())
            .ToList();
        if (declaredNone.Count == 0) return [];

        var ids = declaredNone.Select(x => x.Id).ToList();
        var idQuery = db.Facilities.AsNoTracking().IgnoreQueryFilters().Where(f => ids.Contains(f.Id)).Select(f => f.Id);
        var from = asOf.AddYears(-1);
        var staff = await db.AcrossFacilities<StaffMember>(idQuery)
            .Where(s => (s.JoinedOn == null || s.JoinedOn <= asOf) && (s.LeftOn == null || s.LeftOn > asOf))
            .GroupBy(s => s.FacilityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        if (staff.Count == 0) return [];
        var counselling = await db.AcrossFacilities<CounsellingSession>(idQuery).Where(s => s.HeldOn > from && s.HeldOn <= asOf)
            .GroupBy(s => s.FacilityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var communication = await db.AcrossFacilities<CommunicationItem>(idQuery).Where(i => i.Date > from && i.Date <= asOf)
            .GroupBy(i => i.FacilityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var charity = await db.AcrossFacilities<CharityActivity>(idQuery).Where(a => a.Held && a.Date > from && a.Date <= asOf)
            .GroupBy(a => a.FacilityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        return declaredNone
            .Select(f => new
            {
                f,
                Staff = staff.GetValueOrDefault(f.Id),
                Activities = counselling.GetValueOrDefault(f.Id) + communication.GetValueOrDefault(f.Id) + charity.GetValueOrDefault(f.Id),
            })
            .Where(x => x.Staff > 0 && x.Activities > 0)
            .Select(x => new UnitStatusHint(x.f.Id, x.f.Code, x.f.Name, x.f.Type, x.f.Status, StatusHintKind.RecordsShowSocialWork, x.Staff, x.Activities))
            .OrderBy(h => h.Name, Domain.Text.VietnameseCollation.Comparer)
            .ToList();
    }
}
