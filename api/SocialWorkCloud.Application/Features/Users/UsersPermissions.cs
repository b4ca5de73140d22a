namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Users area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.PlatformAdmin, UserRole.FacilityAdmin)]
    public const string UsersManage = "users.manage";
}
