namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Webhooks area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>
    /// Subscribe the caller's facility (or province) to webhook events, read the delivery log, redeliver. An API client
    /// needs only "read": it receives events about what it may already read.
    /// </summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.ProvinceOfficer)]
    [ApiScope("read", ApiClientBinding.Facility)]
    [ApiScope("read", ApiClientBinding.Province)]
    public const string WebhooksManage = "webhooks.manage";
}
