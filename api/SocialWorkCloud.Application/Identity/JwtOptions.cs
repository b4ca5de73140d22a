namespace SocialWorkCloud.Application.Identity;

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    /// <summary>
    /// Used only in Development and tests when no key is configured. Public by design: the
    /// Production environment refuses to start with it.
    /// </summary>
    public const string DevelopmentSigningKey = "socialworkcloud-development-signing-key-not-for-production-use-0001";

    public string Issuer { get; set; } = "https://socialworkcloud.local";
    public string Audience { get; set; } = "socialworkcloud-api";
    public string SigningKey { get; set; } = DevelopmentSigningKey;
    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 14;
    public int ClientTokenMinutes { get; set; } = 60;
}
