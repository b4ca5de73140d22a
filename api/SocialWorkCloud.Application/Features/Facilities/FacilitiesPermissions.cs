namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Facilities area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer, UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator)]
    [ApiScope("read", ApiClientBinding.Province)]
    [ApiScope("read", ApiClientBinding.Facility)]
    public const string FacilitiesRead = "facilities.read";

    [GrantedTo(UserRole.PlatformAdmin)]
    public const string FacilitiesManage = "facilities.manage";
}
