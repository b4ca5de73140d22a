using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace SocialWorkCloud.Application.Identity;

/// <summary>What a link sent by e-mail lets its holder do once.</summary>
public enum AccountLinkPurpose
{
    /// <summary>Set the first password of an invited account (72 hours).</summary>
    Invitation,
    /// <summary>Choose a new password after "forgot password" or an admin's reset (30 minutes).</summary>
    PasswordReset,
}

public sealed class AccountLinkOptions
{
    public const string Section = "AccountLinks";
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromHours(72);
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>Why a link was refused; each is its own error code so the page can say what to do next.</summary>
public enum AccountLinkProblem { None, Invalid, Expired, Used }

public sealed record AccountLinkCheck(Guid UserId, string SecurityStamp, DateTimeOffset ExpiresAt);

/// <summary>
/// The tokens in invitation and password-reset links: the user, the user's security stamp and an expiry,
/// encrypted and signed with ASP.NET Core Data Protection (keys in the database, so any replica reads a link
/// another wrote). One use: setting a password changes the security stamp, and a token whose stamp no
/// longer matches is refused as used. Expiry is read from <see cref="TimeProvider"/>, so tests can move it.
/// </summary>
public sealed class AccountLinks(IDataProtectionProvider protection, TimeProvider clock, IOptions<AccountLinkOptions> options)
{
    private IDataProtector Protector(AccountLinkPurpose purpose) =>
        protection.CreateProtector("SocialWorkCloud.AccountLink.v1", purpose.ToString());

    public TimeSpan Lifetime(AccountLinkPurpose purpose) =>
        purpose == AccountLinkPurpose.Invitation ? options.Value.InvitationLifetime : options.Value.PasswordResetLifetime;

    public string Issue(AppUser user, AccountLinkPurpose purpose)
    {
        var expires = clock.GetUtcNow() + Lifetime(purpose);
        var payload = string.Join('|', user.Id.ToString("N"), user.SecurityStamp ?? string.Empty,
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return Protector(purpose).Protect(payload);
    }

    /// <summary>The user and stamp a token names, or why it is refused (tampered, another purpose, expired). Whether it was used is the caller's check against the user.</summary>
    public (AccountLinkCheck? Link, AccountLinkProblem Problem) Read(string token, AccountLinkPurpose purpose)
    {
        string payload;
        try { payload = Protector(purpose).Unprotect(token); }
        catch (Exception ex) when (ex is CryptographicException or FormatException) { return (null, AccountLinkProblem.Invalid); }

        var parts = payload.Split('|');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var userId)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return (null, AccountLinkProblem.Invalid);
        }
        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var link = new AccountLinkCheck(userId, parts[1], expires);
        return clock.GetUtcNow() >= expires ? (link, AccountLinkProblem.Expired) : (link, AccountLinkProblem.None);
    }
}
