namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the UnitHistory area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.FacilityAdmin)]
    [ApiScope("write", ApiClientBinding.Facility)]
    public const string UnitManage = "unit.manage";
}
