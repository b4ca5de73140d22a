using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Identity;

public sealed record TokenResponse(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt);

/// <summary>Issues access tokens and rotating refresh tokens.</summary>
public sealed class TokenService(IOptions<JwtOptions> options, AppDbContext db, Sessions sessions, TimeProvider clock)
{
    private readonly JwtOptions _options = options.Value;

    /// <summary>
    /// Issues an access token and a new refresh token of the family. <paramref name="refreshPlain"/>: the refresh
    /// token's value when it must be a given one (a rotation's successor, <see cref="SuccessorOf"/>).
    /// </summary>
    public async Task<TokenResponse> IssueForUserAsync(AppUser user, Guid familyId, CancellationToken ct, string? refreshPlain = null)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(_options.AccessTokenMinutes);
        var refresh = NewRefreshToken(out var generated);
        refreshPlain ??= generated;
        refresh.TokenHash = Hash(refreshPlain);
        refresh.UserId = user.Id;
        refresh.FamilyId = familyId;
        refresh.CreatedAt = now;
        refresh.ExpiresAt = now.AddDays(_options.RefreshTokenDays);
        await sessions.EnsureStartedAsync(familyId, user.Id, ct);
        db.RefreshTokens.Add(refresh);
        await db.SaveChangesAsync(ct);

        return new TokenResponse(Write(UserClaims(user, familyId), now, expires), refreshPlain, expires);
    }

    /// <summary>A fresh access token beside a refresh token that already exists (the second tab of a rotation).</summary>
    public TokenResponse AccessBeside(AppUser user, Guid familyId, string refreshPlain)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(_options.AccessTokenMinutes);
        return new TokenResponse(Write(UserClaims(user, familyId), now, expires), refreshPlain, expires);
    }

    /// <summary>
    /// The refresh token that replaces <paramref name="refreshPlain"/>: derived (HMAC with the signing key), not
    /// random, so any replica that sees the old token again within the grace window can hand out the same
    /// successor without the database ever holding a token in clear.
    /// </summary>
    public string SuccessorOf(string refreshPlain) =>
        Base64UrlEncoder.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_options.SigningKey), Encoding.UTF8.GetBytes("refresh-successor:" + refreshPlain)));

    private static List<Claim> UserClaims(AppUser user, Guid familyId)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email ?? string.Empty),
            new(JwtRegisteredClaimNames.Name, user.FullName),
            new(ClaimNames.Role, user.Role.ToString()),
            new(ClaimNames.FamilyId, familyId.ToString()),
            // The session (the refresh-token family): checked on every request, so ending it stops this token at once.
            new(ClaimNames.SessionId, familyId.ToString()),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
        };
        if (user.FacilityId is { } f) claims.Add(new Claim(ClaimNames.FacilityId, f.ToString()));
        if (user.ProvinceId is { } p) claims.Add(new Claim(ClaimNames.ProvinceId, p.ToString()));
        return claims;
    }

    public (string Token, int ExpiresIn) IssueForClient(ApiClient client, IReadOnlyList<string> scopes)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(_options.ClientTokenMinutes);
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, client.Id.ToString()),
            new(ClaimNames.ClientId, client.ClientId),
            new(ClaimNames.Scope, string.Join(' ', scopes)),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
        };
        if (client.FacilityId is { } f) claims.Add(new Claim(ClaimNames.FacilityId, f.ToString()));
        if (client.ProvinceId is { } p) claims.Add(new Claim(ClaimNames.ProvinceId, p.ToString()));
        return (Write(claims, now, expires), (int)(expires - now).TotalSeconds);
    }

    public static RefreshToken NewRefreshToken(out string plain)
    {
        plain = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return new RefreshToken { Id = Guid.NewGuid(), TokenHash = Hash(plain) };
    }

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool SecretMatches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    public static SymmetricSecurityKey SigningKey(JwtOptions options) => KeyOf(options.SigningKey);

    /// <summary>The keys a token may be signed with: the current one and, during a rotation, the previous one.</summary>
    public static IReadOnlyList<SecurityKey> ValidationKeys(JwtOptions options) =>
        string.IsNullOrWhiteSpace(options.PreviousSigningKey) ? [KeyOf(options.SigningKey)] : [KeyOf(options.SigningKey), KeyOf(options.PreviousSigningKey)];

    private static SymmetricSecurityKey KeyOf(string key) => new(Encoding.UTF8.GetBytes(key)) { KeyId = JwtOptions.KeyIdOf(key) };

    private string Write(IEnumerable<Claim> claims, DateTimeOffset now, DateTimeOffset expires)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey(_options), SecurityAlgorithms.HmacSha256),
        };
        var handler = new JwtSecurityTokenHandler { MapInboundClaims = false };
        return handler.WriteToken(handler.CreateToken(descriptor));
    }
}
