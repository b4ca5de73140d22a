using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Communication;

public enum CommunicationChannel
{
    Loudspeaker = 1,
    WebsiteArticle = 2,
    SocialNetworkPost = 3,
    DirectSession = 4,
    PrintedMaterial = 5,
    // The mass media (phương tiện thông tin đại chúng) the Health Department's directive (001) asks units to use.
    /// <summary>Báo in: a printed newspaper or magazine.</summary>
    PrintPress = 6,
    /// <summary>Báo điện tử: an online newspaper (not the unit's own website).</summary>
    OnlinePress = 7,
    /// <summary>Phát thanh: a radio station's broadcast (not the facility's own loudspeakers).</summary>
    Radio = 8,
    /// <summary>Truyền hình: a television broadcast.</summary>
    Television = 9,
}

public static class CommunicationChannels
{
    /// <summary>Carried by the mass media (press, radio, TV) rather than by the unit's own channels.</summary>
    public static bool IsMassMedia(this CommunicationChannel channel) =>
        channel is CommunicationChannel.PrintPress or CommunicationChannel.OnlinePress or CommunicationChannel.Radio or CommunicationChannel.Television;

    public static IReadOnlyList<CommunicationChannel> MassMedia { get; } =
        Enum.GetValues<CommunicationChannel>().Where(c => c.IsMassMedia()).ToArray();
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
