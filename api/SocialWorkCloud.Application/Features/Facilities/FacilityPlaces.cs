using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Features.Places;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Facilities;

internal static class FacilityPlaces
{
    /// <summary>The facility's commune, which must lie in its province when the province's official code is known.</summary>
    public static async Task<PlaceCommuneDto?> CommuneInProvinceAsync(AppDbContext db, string? communeCode, string? provincePlaceCode, CancellationToken ct)
    {
        var commune = await PlaceRules.CommuneAsync(db, communeCode, ct);
        if (commune is not null && provincePlaceCode is not null && commune.ProvinceCode != provincePlaceCode)
        {
            throw new BusinessRuleException("commune-outside-province", commune.Name);
        }
        return commune;
    }
}
