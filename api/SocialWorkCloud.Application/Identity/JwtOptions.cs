namespace SocialWorkCloud.Application.Identity;

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    /// <summary>
    /// Used only in Development when no key is configured. Public by design: every other environment
    /// refuses to start with it (<c>StartupGuards</c>).
    /// </summary>
    public const string DevelopmentSigningKey = "socialworkcloud-development-signing-key-not-for-production-use-0001";

    public string Issuer { get; set; } = "https://socialworkcloud.local";
    public string Audience { get; set; } = "socialworkcloud-api";
    /// <summary>Signs new tokens; at least 32 bytes (256 bits) outside Development. Its <c>kid</c> is derived from it (<see cref="KeyIdOf"/>).</summary>
    public string SigningKey { get; set; } = DevelopmentSigningKey;
    /// <summary>
    /// During a rotation, the key being retired: tokens it signed still validate (nothing new is signed with it).
    /// Remove it once every token it signed has expired (<see cref="AccessTokenMinutes"/> after the switch).
    /// </summary>
    public string? PreviousSigningKey { get; set; }
    /// <summary>Bytes a signing key needs outside Development (HMAC-SHA256 wants a 256-bit key).</summary>
    public const int MinKeyBytes = 32;

    /// <summary>The key's id in a token's header (<c>kid</c>): a digest of the key, so it names the key without revealing it.</summary>
    public static string KeyIdOf(string key) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("swc-kid:" + key)))[..16].ToLowerInvariant();
    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 14;
    public int ClientTokenMinutes { get; set; } = 60;
}
