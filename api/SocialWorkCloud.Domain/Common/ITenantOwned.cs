namespace SocialWorkCloud.Domain.Common;

/// <summary>
/// A row that belongs to one facility (the tenant). The named tenant query filter and the save
/// interceptor apply to every entity implementing this; the guard test fails for any entity that
/// is neither this nor <see cref="GlobalEntityAttribute"/>.
/// </summary>
public interface ITenantOwned
{
    Guid FacilityId { get; set; }
}

/// <summary>An aggregate whose updates are checked with an optimistic concurrency token.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
