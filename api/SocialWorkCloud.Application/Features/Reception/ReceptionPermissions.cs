namespace SocialWorkCloud.Application.Common.Security;

/// <summary>What the Reception area lets a caller do, and who holds it.</summary>
public static partial class Permissions
{
    /// <summary>Record reception tallies (portal tally screen, a hospital information system's batches).</summary>
    [GrantedTo(UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator)]
    [ApiScope("write", ApiClientBinding.Facility)]
    public const string ReceptionRecord = "reception.record";
}
