namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Cases area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>Read and work the cases one may see: collaborators only those assigned to them.</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator)]
    public const string CasesWork = "cases.work";

    /// <summary>See the facility's non-sensitive cases whoever is assigned (social workers).</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    public const string CasesReadFacility = "cases.read-facility";

    /// <summary>The unit head: every case including sensitive ones, approvals, consent overrides.</summary>
    [GrantedTo(UserRole.FacilityAdmin)]
    public const string CasesSupervise = "cases.supervise";

    /// <summary>Export the case list (names, birth years, masked identifiers) to Excel: not collaborators, who see only their own cases on screen.</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    public const string CasesExport = "cases.export";

    [GrantedTo(UserRole.ProvinceOfficer)]
    public const string CasesFiguresProvince = "cases.figures-province";
}
