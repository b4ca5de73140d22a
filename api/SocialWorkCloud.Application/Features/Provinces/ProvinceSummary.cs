using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.Provinces;

public sealed record ProvinceSummary(Guid Id, string Code, string Name, int CurativeCount, int PreventiveCount, int CommuneStationCount);

internal static class ProvinceQueries
{
    public static IQueryable<ProvinceSummary> Summaries(AppDbContext db, IQueryable<Province> provinces) =>
        provinces.Select(p => new ProvinceSummary(
            p.Id, p.Code, p.Name,
            db.Facilities.Count(f => f.ProvinceId == p.Id && (f.Type == FacilityType.PublicHospital || f.Type == FacilityType.PrivateHospital)),
            db.Facilities.Count(f => f.ProvinceId == p.Id && (f.Type == FacilityType.ProvincialCdc || f.Type == FacilityType.DistrictHealthCentre)),
            db.Facilities.Count(f => f.ProvinceId == p.Id && f.Type == FacilityType.CommuneHealthStation)));
}
