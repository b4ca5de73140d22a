namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Commendations area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>Read nominations and awards: the facility's own, or the province's facilities'.</summary>
    [GrantedTo(UserRole.ProvinceOfficer, UserRole.FacilityAdmin)]
    [ApiScope("read", ApiClientBinding.Province)]
    [ApiScope("read", ApiClientBinding.Facility)]
    public const string CommendationsRead = "commendations.read";

    /// <summary>The unit head: nominate the unit or a person, edit drafts, submit.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string CommendationsNominate = "commendations.nominate";

    /// <summary>The province officer: decide a submitted nomination (final).</summary>
    [GrantedTo(UserRole.ProvinceOfficer)]
    public const string CommendationsDecide = "commendations.decide";
}
