using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>Production refuses to start on development defaults: the public signing key, demo seeding, or mail that never leaves.</summary>
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
        var mail = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        var from = configuration[$"{MailOptions.Section}:From"];
        if (!mail.HasSmtp || string.IsNullOrWhiteSpace(from))
        {
            throw new InvalidOperationException("Production sends e-mail (invitations, password resets): set Email__Smtp__Host, Email__Smtp__Port and Email__From (and Email__Smtp__User/Password if the server asks).");
        }
        if (!Uri.TryCreate(mail.PortalUrl, UriKind.Absolute, out var portal) || portal.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("Production needs Email__PortalUrl (https://…): links in e-mails point there, never at a request's Host header.");
        }
    }
}
