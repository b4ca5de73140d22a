using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Common.Security;

/// <summary>
/// The purpose-written scoping of the global registry tables: a platform admin sees everything, a
/// province officer (or province-bound client) the province, everyone else their own facility.
/// Anything outside answers 404, as if it did not exist.
/// </summary>
public static class Visibility
{
    public static IQueryable<Facility> VisibleTo(this IQueryable<Facility> facilities, ICurrentUser user)
    {
        if (user.IsPlatformAdmin) return facilities;
        if (user.FacilityId is { } facilityId) return facilities.Where(f => f.Id == facilityId);
        if (user.ProvinceId is { } provinceId) return facilities.Where(f => f.ProvinceId == provinceId);
        return facilities.Where(_ => false);
    }

    /// <summary>Provinces whose aggregates the caller may read (not the facility users: they see their facility).</summary>
    public static IQueryable<Province> ReadableForAggregates(this IQueryable<Province> provinces, ICurrentUser user)
    {
        if (user.IsPlatformAdmin) return provinces;
        if (user.FacilityId is null && user.ProvinceId is { } provinceId) return provinces.Where(p => p.Id == provinceId);
        return provinces.Where(_ => false);
    }

    public static IQueryable<Province> VisibleTo(this IQueryable<Province> provinces, IQueryable<Facility> facilities, ICurrentUser user)
    {
        if (user.IsPlatformAdmin) return provinces;
        if (user.FacilityId is { } facilityId) return provinces.Where(p => facilities.Any(f => f.Id == facilityId && f.ProvinceId == p.Id));
        if (user.ProvinceId is { } provinceId) return provinces.Where(p => p.Id == provinceId);
        return provinces.Where(_ => false);
    }

    /// <summary>Users a user administrator may manage: platform admins all, facility admins their facility's.</summary>
    public static IQueryable<AppUser> ManageableBy(this IQueryable<AppUser> users, ICurrentUser user)
    {
        if (user.IsPlatformAdmin) return users;
        if (user.FacilityId is { } facilityId && !user.IsApiClient) return users.Where(u => u.FacilityId == facilityId);
        return users.Where(_ => false);
    }

    public static IQueryable<ApiClient> ManageableBy(this IQueryable<ApiClient> clients, ICurrentUser user)
    {
        if (user.IsPlatformAdmin) return clients;
        if (user.FacilityId is { } facilityId && !user.IsApiClient) return clients.Where(c => c.FacilityId == facilityId);
        return clients.Where(_ => false);
    }
}
