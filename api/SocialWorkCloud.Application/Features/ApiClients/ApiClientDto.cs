namespace SocialWorkCloud.Application.Features.ApiClients;

public sealed record ApiClientDto(
    Guid Id, string ClientId, string Name, Guid? FacilityId, string? FacilityName, Guid? ProvinceId, string? ProvinceName, IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>The one response that carries the secret; it is stored hashed and never shown again.</summary>
public sealed record CreatedApiClient(ApiClientDto Client, string ClientSecret);
