namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the ActivityAggregates area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>Read the facility's daily activities and workforce figures.</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    [ApiScope("read", ApiClientBinding.Facility)]
    public const string ActivitiesRead = "activities.read";

    /// <summary>Record communication, charity activities, reception points and training.</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    public const string ActivitiesManage = "activities.manage";

    /// <summary>
    /// Log the communication and charity activities one took part in, and read one's own work (cases, tally, what one logged):
    /// collaborators too. Each item keeps who logged it.
    /// </summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator)]
    public const string ActivitiesLog = "activities.log";

    /// <summary>Per-facility aggregates of activities and workforce across a province.</summary>
    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer)]
    [ApiScope("read", ApiClientBinding.Province)]
    public const string ActivitiesReadProvince = "activities.read-province";
}
