namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Fundraising area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    [ApiScope("read", ApiClientBinding.Facility)]
    public const string FundraisingRead = "fundraising.read";

    /// <summary>Record campaigns in draft, donors, receipts and distributions.</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    [ApiScope("write", ApiClientBinding.Facility)]
    public const string FundraisingRecord = "fundraising.record";

    /// <summary>The unit head's part: open/close/settle, approve, reverse, publish, settings.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string FundraisingManage = "fundraising.manage";

    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer)]
    [ApiScope("read", ApiClientBinding.Province)]
    public const string FundraisingReadProvince = "fundraising.read-province";
}
