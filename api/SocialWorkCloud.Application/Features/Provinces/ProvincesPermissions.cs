namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Provinces area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer, UserRole.FacilityAdmin, UserRole.SocialWorker)]
    [ApiScope("read", ApiClientBinding.Province)]
    [ApiScope("read", ApiClientBinding.Facility)]
    public const string ProvincesRead = "provinces.read";

    [GrantedTo(UserRole.PlatformAdmin)]
    public const string ProvincesManage = "provinces.manage";
}
