using Microsoft.AspNetCore.Identity;

namespace SocialWorkCloud.Application.Identity;

/// <summary>
/// Sets a user's password (the rules are the caller's validator's: <see cref="PasswordRules"/>). A new
/// password changes the security stamp, so every invitation or reset link sent before is spent, lifts a
/// lockout, and ends every session of the user (their refresh tokens are revoked).
/// </summary>
public sealed class AccountPasswords(UserManager<AppUser> users, Sessions sessions)
{
    public async Task SetAsync(AppUser user, string password, string reason, CancellationToken ct)
    {
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        await RevokeSessionsAsync(user.Id, reason, ct);
    }

    public Task RevokeSessionsAsync(Guid userId, string reason, CancellationToken ct) => sessions.EndAllOfAsync(userId, reason, ct);
}
