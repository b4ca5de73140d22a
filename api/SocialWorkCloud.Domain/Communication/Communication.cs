using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Communication;

public enum CommunicationChannel
{
    Loudspeaker = 1,
    WebsiteArticle = 2,
    SocialNetworkPost = 3,
    DirectSession = 4,
    PrintedMaterial = 5,
}

/// <summary>A piece of communication (truyền thông): a broadcast, article, post, session or leaflet.</summary>
public class CommunicationItem : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public CommunicationChannel Channel { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public string? Topic { get; set; }
    public int? AudienceReached { get; set; }
    public string? Link { get; set; }
    /// <summary>Who logged it (a collaborator logs what they took part in); null for items before this was kept.</summary>
    public Guid? RecordedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
