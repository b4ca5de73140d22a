using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Audit;

namespace SocialWorkCloud.Application.Common.Auditing;

public static class AuditLog
{
    /// <summary>Adds an audit entry to the unit of work; it commits with the change (or, for a read, on its own save).</summary>
    public static void Audit(this AppDbContext db, ICurrentUser user, TimeProvider clock, string action, string entityType, Guid entityId, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.NewGuid(), At = clock.GetUtcNow(), UserId = user.UserId, Action = action, EntityType = entityType,
            EntityId = entityId, Detail = detail,
        });
}
