using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Consents;

/// <summary>A client's (or guardian's) consent for one purpose; withdrawing sets the date, the record stays.</summary>
public class ConsentRecord : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid ClientId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public ConsentGiver GivenBy { get; set; }
    public string? GuardianName { get; set; }
    public DateOnly GivenOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }

    public bool InForceOn(DateOnly date) => GivenOn <= date && (WithdrawnOn is null || WithdrawnOn > date);
}

public enum ConsentPurpose
{
    PersonalDataProcessing = 0,
    SharingInReferral = 1,
    StoryOrPhotoInCommunication = 2,
}

public enum ConsentGiver
{
    Client = 0,
    Guardian = 1,
}
