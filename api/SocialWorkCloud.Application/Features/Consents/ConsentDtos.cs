using SocialWorkCloud.Domain.Consents;

namespace SocialWorkCloud.Application.Features.Consents;

public sealed record ConsentDto(
    Guid Id, ConsentPurpose Purpose, ConsentGiver GivenBy, string? GuardianName, DateOnly GivenOn, DateOnly? WithdrawnOn, bool InForce,
    string? LegalGround = null, DateTimeOffset? LegalGroundRecordedAt = null);

public static class ConsentMapping
{
    public static ConsentDto ToDto(this ConsentRecord c, DateOnly today) =>
        new(c.Id, c.Purpose, c.GivenBy, c.GuardianName, c.GivenOn, c.WithdrawnOn, c.InForceOn(today), c.LegalGround, c.LegalGroundRecordedAt);
}
