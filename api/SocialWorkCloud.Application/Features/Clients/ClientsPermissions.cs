namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Clients area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    public const string ClientsRead = "clients.read";

    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    public const string ClientsWrite = "clients.write";

    /// <summary>See a client's full national ID and phone (each view audited).</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker)]
    public const string ClientsReadIdentifiers = "clients.read-identifiers";

    /// <summary>
    /// Log a counselling session: social workers for any client; collaborators only on a case assigned to them, as its counsellor
    /// (the handler checks).
    /// </summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator)]
    public const string CounsellingRecord = "counselling.record";

    [GrantedTo(UserRole.FacilityAdmin)]
    public const string ClientsMerge = "clients.merge";
}
