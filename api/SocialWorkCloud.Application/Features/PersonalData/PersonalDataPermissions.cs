namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the personal-data area (Law 91/2025) lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>The unit head: legal grounds after a withdrawal, data-subject requests, restriction, pseudonymisation, exports, the retention list.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string PersonalDataManage = "personal-data.manage";
}
