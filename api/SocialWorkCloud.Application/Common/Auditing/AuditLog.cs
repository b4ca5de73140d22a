using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Audit;

namespace SocialWorkCloud.Application.Common.Auditing;

public static class AuditLog
{
    /// <summary>Adds an audit entry to the unit of work; it commits with the change (or, for a read, on its own save), sealed into the facility's chain.</summary>
    public static void Audit(this AppDbContext db, ICurrentUser user, TimeProvider clock, string action, string entityType, Guid entityId, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.NewGuid(), At = clock.GetUtcNow(), UserId = user.UserId, Action = action, EntityType = entityType,
            EntityId = entityId, Detail = detail,
        });

    /// <summary>Adds an entry to the platform's own log (actions outside any facility: provinces, facilities, platform accounts).</summary>
    public static void AuditPlatform(this AppDbContext db, ICurrentUser user, TimeProvider clock, string action, string entityType, Guid entityId, string? detail = null) =>
        db.PlatformAuditEntries.Add(new PlatformAuditEntry
        {
            Id = Guid.NewGuid(), At = clock.GetUtcNow(), UserId = user.UserId, Action = action, EntityType = entityType,
            EntityId = entityId, Detail = detail,
        });
}
