namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Supervision area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>Read supervision visits and recommendations: the visited facility's own, or the province's facilities'.</summary>
    [GrantedTo(UserRole.ProvinceOfficer, UserRole.FacilityAdmin, UserRole.SocialWorker)]
    [ApiScope("read", ApiClientBinding.Province)]
    [ApiScope("read", ApiClientBinding.Facility)]
    public const string SupervisionRead = "supervision.read";

    /// <summary>The province officer: plan and record visits, recommendations, close visits, review follow-ups.</summary>
    [GrantedTo(UserRole.ProvinceOfficer)]
    public const string SupervisionManage = "supervision.manage";

    /// <summary>The unit head: record the facility's follow-up on a recommendation.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string SupervisionFollowUp = "supervision.follow-up";
}
