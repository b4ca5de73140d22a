using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Every environment but Development refuses the public development signing key and short keys (Staging, a
/// test deployment, a misspelt environment name are no safer); Production also refuses demo seeding, mail that never leaves and a lowered password work factor.
/// </summary>
public static class StartupGuards
{
    public const string PasswordIterationsSetting = "Identity:PasswordHasher:IterationCount";
    /// <summary>ASP.NET Core Identity's default work factor for PBKDF2-HMAC-SHA512.</summary>
    public const int ProductionMinimumIterations = 100_000;

    public static void EnsureSafeForEnvironment(IHostEnvironment environment, IConfiguration configuration)
    {
        if (environment.IsDevelopment()) return;
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        foreach (var (name, key) in new[] { ("Jwt:SigningKey", jwt.SigningKey), ("Jwt:PreviousSigningKey", jwt.PreviousSigningKey) })
        {
            if (name == "Jwt:PreviousSigningKey" && string.IsNullOrEmpty(key)) continue;
            if (string.IsNullOrWhiteSpace(key) || key == JwtOptions.DevelopmentSigningKey || System.Text.Encoding.UTF8.GetByteCount(key) < JwtOptions.MinKeyBytes)
            {
                throw new InvalidOperationException($"The {environment.EnvironmentName} environment needs its own {name} (at least {JwtOptions.MinKeyBytes} bytes, 256 bits, e.g. `openssl rand -base64 48`); the development key is refused outside Development.");
            }
        }
        if (!environment.IsProduction()) return;
        var mfa = configuration.GetSection(MfaOptions.Section).Get<MfaOptions>() ?? new MfaOptions();
        if (!mfa.RequireForPrivilegedRoles)
        {
            throw new InvalidOperationException("Mfa:RequireForPrivilegedRoles=false (MFA not required of platform admins and province officers) is for Development and the demo only; Production refuses it.");
        }
        var db = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (db.SeedDemoData)
        {
            throw new InvalidOperationException("Demo seeding (Database:SeedDemoData) is refused in Production.");
        }
        // The test hosts lower PBKDF2's work factor to make hundreds of accounts quickly; Production never does.
        if (configuration.GetValue<int?>(PasswordIterationsSetting) is { } iterations && iterations < ProductionMinimumIterations)
        {
            throw new InvalidOperationException($"{PasswordIterationsSetting} below {ProductionMinimumIterations:N0} (PBKDF2 iterations) is for the test hosts only; Production refuses it.");
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
