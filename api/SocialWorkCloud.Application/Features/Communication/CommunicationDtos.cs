using SocialWorkCloud.Application.Features.Reception;
using SocialWorkCloud.Domain.Communication;

namespace SocialWorkCloud.Application.Features.Communication;

public sealed record CommunicationItemDto(
    Guid Id, CommunicationChannel Channel, string Title, DateOnly Date, string? Topic, int? AudienceReached, string? Link);

public sealed record ChannelCountRow(DateOnly PeriodStart, CommunicationChannel Channel, int Items, int AudienceReached);

public sealed record CommunicationCounts(CountGranularity Granularity, DateOnly From, DateOnly To, int TotalItems, int TotalAudience, IReadOnlyList<ChannelCountRow> Rows)
{
    /// <summary>Of the items, those carried by the mass media (press, radio, TV).</summary>
    public int MassMediaItems => Rows.Where(r => r.Channel.IsMassMedia()).Sum(r => r.Items);
}
