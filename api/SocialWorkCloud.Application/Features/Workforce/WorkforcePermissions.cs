namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Workforce area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>Keep the unit's staff, certificates, collaborators and departments (the unit head).</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string WorkforceManage = "workforce.manage";
}
