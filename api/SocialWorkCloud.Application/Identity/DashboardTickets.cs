using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Identity;

/// <summary>
/// How a browser reaches the Hangfire dashboard without a bearer token in a URL: the portal asks the API for a
/// one-time ticket (random, a minute, once, tied to the user and the session, kept hashed in the database so any
/// replica redeems it); /hangfire?ticket=… swaps it for a short-lived cookie naming the same session, and every
/// dashboard request checks that session is still live — logout, deactivation, a role change end the dashboard too.
/// </summary>
public sealed class DashboardTickets(AppDbContext db, SessionRegistry registry, IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan TicketLifetime = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromMinutes(20);
    private readonly ITimeLimitedDataProtector _cookies = protection.CreateProtector("SocialWorkCloud.JobsDashboard.Cookie").ToTimeLimitedDataProtector();

    public async Task<(string Ticket, DateTimeOffset ExpiresAt)> IssueAsync(Guid userId, Guid sessionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ticket = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var expires = now + TicketLifetime;
        // Spent and expired tickets are of no use to anyone: cleared as new ones are made.
        var stale = now.AddHours(-1);
        await db.DashboardTickets.Where(t => t.ExpiresAt < stale).ExecuteDeleteAsync(ct);
        db.DashboardTickets.Add(new DashboardTicket { Id = Guid.NewGuid(), TicketHash = TokenService.Hash(ticket), UserId = userId, SessionId = sessionId, ExpiresAt = expires });
        await db.SaveChangesAsync(ct);
        return (ticket, expires);
    }

    /// <summary>Spends a ticket (one conditional update: it opens the dashboard once) and returns the cookie's value; null when it cannot.</summary>
    public async Task<string?> RedeemAsync(string ticket, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ticket) || ticket.Length > 200) return null;
        var hash = TokenService.Hash(ticket);
        var now = clock.GetUtcNow();
        var found = await db.DashboardTickets.AsNoTracking().Where(t => t.TicketHash == hash).Select(t => new { t.Id, t.UserId, t.SessionId }).SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var spent = await db.DashboardTickets.Where(t => t.Id == found.Id && t.RedeemedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RedeemedAt, now), ct);
        if (spent != 1 || !await MayOpenAsync(found.UserId, found.SessionId, ct)) return null;
        return _cookies.Protect($"{found.UserId}|{found.SessionId}", now + CookieLifetime);
    }

    /// <summary>The user a dashboard cookie stands for, while it is unexpired, its session live and the user still allowed; null otherwise.</summary>
    public async Task<Guid?> UserOfCookieAsync(string? cookie, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(cookie)) return null;
        string payload;
        try
        {
            payload = _cookies.Unprotect(cookie, out var expires);
            if (expires < clock.GetUtcNow()) return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var userId) || !Guid.TryParse(parts[1], out var sessionId)) return null;
        return await MayOpenAsync(userId, sessionId, ct) ? userId : null;
    }

    private async Task<bool> MayOpenAsync(Guid userId, Guid sessionId, CancellationToken ct)
    {
        if (!await registry.IsLiveAsync(db, sessionId, userId, ct)) return false;
        var role = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive).Select(u => (UserRole?)u.Role).SingleOrDefaultAsync(ct);
        return role is { } r && RolePermissions.GrantsOf(r).Contains(Permissions.JobsDashboard);
    }
}
