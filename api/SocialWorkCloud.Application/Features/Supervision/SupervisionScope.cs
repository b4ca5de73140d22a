using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>
/// Who sees and writes supervision records: the visited facility its own visits, a province officer the
/// visits to the facilities of the province. Anything else is "not found".
/// </summary>
public static class SupervisionScope
{
    public static IQueryable<SupervisionVisit> VisibleTo(this IQueryable<SupervisionVisit> visits, ICurrentUser user)
    {
        if (user.FacilityId is { } facilityId) return visits.Where(v => v.FacilityId == facilityId);
        if (user.ProvinceId is { } provinceId) return visits.Where(v => v.ProvinceId == provinceId);
        return visits.Where(_ => false);
    }

    /// <summary>Visits the caller may plan, record and close: a province officer's, never a facility's.</summary>
    public static IQueryable<SupervisionVisit> ManagedBy(this IQueryable<SupervisionVisit> visits, ICurrentUser user) =>
        user.FacilityId is null && user.ProvinceId is { } provinceId ? visits.Where(v => v.ProvinceId == provinceId) : visits.Where(_ => false);

    /// <summary>Open (not yet done) recommendations; those of a visit whose minutes are not issued do not count yet.</summary>
    public static readonly Expression<Func<SupervisionRecommendation, bool>> IsOpen =
        r => r.Status == RecommendationStatus.Open || r.Status == RecommendationStatus.InProgress;

    public static bool Overdue(RecommendationStatus status, DateOnly dueOn, DateOnly asOf) =>
        status is RecommendationStatus.Open or RecommendationStatus.InProgress && dueOn < asOf;

    internal static async Task<SupervisionVisit> ManagedVisitAsync(AppDbContext db, ICurrentUser user, Guid visitId, CancellationToken ct) =>
        await db.SupervisionVisits.ManagedBy(user).SingleOrDefaultAsync(v => v.Id == visitId, ct)
        ?? throw new NotFoundException("SupervisionVisit", visitId);
}
