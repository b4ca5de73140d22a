namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Reports area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>Read the facility's periodic reports.</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    public const string ReportsRead = "reports.read";

    /// <summary>The unit head: generate, write and submit the facility's periodic reports.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string ReportsPrepare = "reports.prepare";

    /// <summary>The province: review the facilities' reports (return, approve, reopen), deadlines, timeliness.</summary>
    [GrantedTo(UserRole.ProvinceOfficer)]
    public const string ReportsReview = "reports.review";
}
