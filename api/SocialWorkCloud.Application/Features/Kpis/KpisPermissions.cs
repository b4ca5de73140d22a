namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Kpis area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer)]
    [ApiScope("read", ApiClientBinding.Province)]
    public const string KpisReadProvince = "kpis.read-province";

    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer)]
    [ApiScope("write", ApiClientBinding.Province)]
    public const string KpisRecompute = "kpis.recompute";

    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer, UserRole.FacilityAdmin, UserRole.SocialWorker)]
    [ApiScope("read", ApiClientBinding.Facility)]
    public const string KpisReadFacility = "kpis.read-facility";
}
