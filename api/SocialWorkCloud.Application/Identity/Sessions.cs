using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Identity;

/// <summary>
/// One sign-in: the access tokens it issues carry its id (<c>sid</c>), and every request checks it is still live,
/// so ending it (logout, deactivation, a new password, a role change, "sign out everywhere") stops them at once.
/// Its id is the refresh-token family's.
/// </summary>
[GlobalEntity("Looked up by id while the access token is validated, before any tenant is known; belongs to a user.")]
public class UserSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndedReason { get; set; }
}

public sealed class UserSessionOptions
{
    public const string Section = "Sessions";
    /// <summary>How long a replica trusts its memory that a session is live before asking the database again.</summary>
    public int LiveCacheSeconds { get; set; } = 15;
}

/// <summary>Tells the other replicas that sessions ended (Redis pub/sub when configured; nothing with one replica).</summary>
public interface ISessionSignals
{
    void Ended(IReadOnlyCollection<Guid> sessionIds);
}

public sealed class NoSessionSignals : ISessionSignals
{
    public void Ended(IReadOnlyCollection<Guid> sessionIds) { }
}

/// <summary>
/// The per-replica memory of which sessions are live. "Live" is remembered briefly (<see cref="UserSessionOptions.LiveCacheSeconds"/>);
/// "ended" is remembered for as long as an access token lives, since an ended session never comes back. Ending is
/// marked before the transaction commits: a rolled-back command then ends a session it meant to end anyway (safe side).
/// </summary>
public sealed class SessionRegistry(IMemoryCache cache, IOptions<UserSessionOptions> options, IOptions<JwtOptions> jwt)
{
    private static object Key(Guid sid) => ("swc-session", sid);

    /// <summary>What this replica remembers of the session, if anything (no database needed then).</summary>
    public bool TryRecall(Guid sessionId, out bool live) => cache.TryGetValue(Key(sessionId), out live);

    public async ValueTask<bool> IsLiveAsync(AppDbContext db, Guid sessionId, Guid userId, CancellationToken ct)
    {
        if (TryRecall(sessionId, out var live)) return live;
        live = await db.UserSessions.AsNoTracking().AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null, ct);
        if (live) cache.Set(Key(sessionId), true, TimeSpan.FromSeconds(options.Value.LiveCacheSeconds));
        else MarkEnded([sessionId]);
        return live;
    }

    /// <summary>Forgets live sessions that ended (here or, through the signals, on another replica).</summary>
    public void MarkEnded(IEnumerable<Guid> sessionIds)
    {
        var keep = TimeSpan.FromMinutes(jwt.Value.AccessTokenMinutes + 1);
        foreach (var sid in sessionIds) cache.Set(Key(sid), false, keep);
    }
}

/// <summary>Starts and ends sessions: the rows, the refresh tokens of their families, and every replica's memory.</summary>
public sealed class Sessions(AppDbContext db, SessionRegistry registry, ISessionSignals signals, TimeProvider clock)
{
    /// <summary>Makes sure the session exists (a refresh of a session from before sessions were recorded starts one).</summary>
    public async Task EnsureStartedAsync(Guid sessionId, Guid userId, CancellationToken ct)
    {
        if (db.UserSessions.Local.Any(s => s.Id == sessionId) || await db.UserSessions.AnyAsync(s => s.Id == sessionId, ct)) return;
        db.UserSessions.Add(new UserSession { Id = sessionId, UserId = userId, StartedAt = clock.GetUtcNow() });
    }

    public Task EndAsync(Guid sessionId, string reason, CancellationToken ct) =>
        EndWhereAsync(s => s.Id == sessionId, t => t.FamilyId == sessionId, reason, ct);

    /// <summary>Every session of the user ends: "sign out everywhere", deactivation, a new password, a new role.</summary>
    public Task EndAllOfAsync(Guid userId, string reason, CancellationToken ct) =>
        EndWhereAsync(s => s.UserId == userId, t => t.UserId == userId, reason, ct);

    /// <summary>Every other session of the user ends (MFA turned on or off, a recovery code used); the caller's own goes on.</summary>
    public Task EndOthersOfAsync(Guid userId, Guid keepSessionId, string reason, CancellationToken ct) =>
        EndWhereAsync(s => s.UserId == userId && s.Id != keepSessionId, t => t.UserId == userId && t.FamilyId != keepSessionId, reason, ct);

    /// <summary>Every session of these users ends, but the caller's own (<paramref name="keepSessionId"/>) goes on.</summary>
    public Task EndAllOfUsersAsync(IReadOnlyCollection<Guid> userIds, Guid? keepSessionId, string reason, CancellationToken ct) =>
        EndWhereAsync(s => userIds.Contains(s.UserId) && s.Id != keepSessionId, t => userIds.Contains(t.UserId) && t.FamilyId != keepSessionId, reason, ct);

    private async Task EndWhereAsync(System.Linq.Expressions.Expression<Func<UserSession, bool>> sessions,
        System.Linq.Expressions.Expression<Func<RefreshToken, bool>> tokens, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // The refresh tokens' families are sessions too (those begun before sessions were recorded have no row).
        var ids = await db.RefreshTokens.Where(tokens).Where(t => t.RevokedAt == null).Select(t => t.FamilyId)
            .Union(db.UserSessions.Where(sessions).Where(s => s.EndedAt == null).Select(s => s.Id))
            .ToListAsync(ct);
        registry.MarkEnded(ids);
        signals.Ended(ids);
        await db.UserSessions.Where(sessions).Where(s => s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndedReason, reason), ct);
        await db.RefreshTokens.Where(tokens).Where(t => t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, reason).SetProperty(t => t.Version, Guid.NewGuid()), ct);
    }
}
