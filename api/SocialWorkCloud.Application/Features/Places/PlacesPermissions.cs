namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Places area lets a caller do: read the official list of provinces and communes (for the address pickers of those who edit addresses).</summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer, UserRole.FacilityAdmin, UserRole.SocialWorker)]
    [ApiScope("read", ApiClientBinding.Province)]
    [ApiScope("read", ApiClientBinding.Facility)]
    public const string PlacesRead = "places.read";
}
