using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>Production refuses to start on development defaults: the public signing key or demo seeding.</summary>
public static class StartupGuards
{
    public static void EnsureSafeForEnvironment(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsProduction()) return;
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        if (string.IsNullOrWhiteSpace(jwt.SigningKey) || jwt.SigningKey == JwtOptions.DevelopmentSigningKey || jwt.SigningKey.Length < 32)
        {
            throw new InvalidOperationException("Production needs its own Jwt:SigningKey (at least 32 characters); the development key is refused.");
        }
        var db = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (db.SeedDemoData)
        {
            throw new InvalidOperationException("Demo seeding (Database:SeedDemoData) is refused in Production.");
        }
    }
}
