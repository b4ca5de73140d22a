namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Targets area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>Set the province's targets per indicator and year (Health Department).</summary>
    [GrantedTo(UserRole.ProvinceOfficer)]
    public const string TargetsManage = "targets.manage";

    /// <summary>Read the facility's annual plans and the province's plans addressed to it.</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    public const string PlansRead = "plans.read";

    /// <summary>Draft and submit the facility's annual plan (the unit head).</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string PlansWrite = "plans.write";

    /// <summary>Read the annual plans of the province's facilities and acknowledge or return them.</summary>
    [GrantedTo(UserRole.ProvinceOfficer)]
    public const string PlansReview = "plans.review";
}
