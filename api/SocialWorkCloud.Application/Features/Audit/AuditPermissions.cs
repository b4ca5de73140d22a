namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Audit area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>The unit head (facility admin): the facility's audit log, its export, and the verification of the facility's chains (audit log, ledger).</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string AuditRead = "audit.read";

    /// <summary>The platform admin: the platform's own log (provinces, facilities, platform accounts) and its chain.</summary>
    [GrantedTo(UserRole.PlatformAdmin)]
    public const string AuditReadPlatform = "audit.read-platform";
}
