using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Common;

/// <summary>
/// The facility or province an account (user or API client) belongs to, by name, so an
/// administrator's lists say "Bệnh viện Đa khoa tỉnh Thanh Hóa", not an id. The ids come from rows
/// the caller may already manage, so naming them reveals nothing new.
/// </summary>
public sealed record MembershipNames(IReadOnlyDictionary<Guid, string> Facilities, IReadOnlyDictionary<Guid, string> Provinces)
{
    public string? Facility(Guid? id) => id is { } key ? Facilities.GetValueOrDefault(key) : null;

    public string? Province(Guid? id) => id is { } key ? Provinces.GetValueOrDefault(key) : null;

    public static async Task<MembershipNames> LoadAsync(
        AppDbContext db, IEnumerable<Guid?> facilityIds, IEnumerable<Guid?> provinceIds, CancellationToken ct)
    {
        var facilities = facilityIds.OfType<Guid>().Distinct().ToList();
        var provinces = provinceIds.OfType<Guid>().Distinct().ToList();
        return new MembershipNames(
            facilities.Count == 0 ? new Dictionary<Guid, string>()
                : await db.Facilities.AsNoTracking().Where(f => facilities.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct),
            provinces.Count == 0 ? new Dictionary<Guid, string>()
                : await db.Provinces.AsNoTracking().Where(p => provinces.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct));
    }
}
