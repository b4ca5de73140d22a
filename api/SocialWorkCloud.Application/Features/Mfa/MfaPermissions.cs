namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the MFA area lets a caller do, and who holds it (one's own MFA needs only a sign-in).</summary>
public static partial class Permissions
{
    /// <summary>Require MFA of the facility's users.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string FacilityMfaManage = "facility.mfa.manage";
}
