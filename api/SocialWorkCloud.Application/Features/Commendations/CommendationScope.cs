using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>
/// Nominations the caller sees: the facility all of its own (drafts too, through the tenant filter), a
/// province officer the submitted ones of the province's facilities (a draft is the facility's own business).
/// </summary>
public static class CommendationScope
{
    public static IQueryable<Nomination> NominationsVisibleTo(this AppDbContext db, ICurrentUser user)
    {
        if (user.FacilityId is not null) return db.Nominations.AsNoTracking();
        if (user.ProvinceId is { } provinceId)
        {
            var facilityIds = db.Facilities.Where(f => f.ProvinceId == provinceId).Select(f => f.Id);
            return db.AcrossFacilities<Nomination>(facilityIds).Where(n => n.Status != NominationStatus.Draft);
        }
        return db.Nominations.AsNoTracking().Where(_ => false);
    }

    internal static async Task<List<NominationDto>> ProjectAsync(AppDbContext db, IQueryable<Nomination> nominations, CancellationToken ct)
    {
        var rows = await (
                from n in nominations
                join f in db.Facilities on n.FacilityId equals f.Id
                from d in db.CommendationDecisions.Where(d => d.NominationId == n.Id).DefaultIfEmpty()
                orderby n.Year descending, f.Name, n.NomineeName
                select new { Nomination = n, FacilityName = f.Name, Decision = d })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var n = r.Nomination;
            var d = r.Decision;
            var status = d is null ? n.Status : d.Awarded ? NominationStatus.Awarded : NominationStatus.NotAwarded;
            return new NominationDto(
                n.Id, n.FacilityId, r.FacilityName, n.Year, n.NomineeKind, n.NomineeName, n.NomineeTitle, n.StaffMemberId, n.AwardKind, n.AwardText,
                n.Achievements, status, n.SubmittedAt, d?.DecisionNumber, d?.DecisionDate, d?.Reason, d?.DecidedAt, n.Version);
        }).ToList();
    }
}
