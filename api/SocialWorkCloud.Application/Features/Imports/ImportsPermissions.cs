namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Imports area lets a caller do. Each kind checks the caller's place too (a province for facilities, a facility for clients).</summary>
public static partial class Permissions
{
    /// <summary>Facilities with their unit-status history, into the officer's own province.</summary>
    [GrantedTo(UserRole.ProvinceOfficer)]
    public const string ImportsFacilities = "imports.facilities";

    /// <summary>Clients, into the admin's own facility.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string ImportsClients = "imports.clients";

    /// <summary>Staff with practice certificates, departments and collaborators, into the admin's own facility.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string ImportsWorkforce = "imports.workforce";

    /// <summary>Donors, into the admin's own facility.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string ImportsDonors = "imports.donors";

    /// <summary>User accounts in bulk, each invited by e-mail: a platform admin anywhere, a province officer into the province's facilities.</summary>
    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer)]
    public const string ImportsUsers = "imports.users";

    /// <summary>The list of past imports of the caller's province or facility (all of them for a platform admin).</summary>
    [GrantedTo(UserRole.PlatformAdmin, UserRole.ProvinceOfficer, UserRole.FacilityAdmin)]
    public const string ImportsUse = "imports.use";
}
