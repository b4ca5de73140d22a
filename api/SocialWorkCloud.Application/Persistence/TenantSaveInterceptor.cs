using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// Before every save: stamps the tenant on new tenant-owned rows, refuses rows of another tenant
/// (or any tenant-owned write without a tenant, e.g. by a province officer), refuses updates and
/// deletes of append-only rows, and renews concurrency tokens.
/// </summary>
public sealed class TenantSaveInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Apply(DbContext? context)
    {
        if (context is not AppDbContext db) return;
        var facilityId = db.CurrentFacilityId;

        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            Apply(entry.Entity, entry.State, facilityId);
        }
    }

    /// <summary>The rules for one written row; <see cref="MultiRowInsert"/> applies them to the rows it inserts past the change tracker.</summary>
    internal static void Apply(object entity, EntityState state, Guid? facilityId)
    {
        if (entity is IAppendOnly && state is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException($"{entity.GetType().Name} is append-only: record a correction instead.");
        }

        if (entity is ITenantOwned owned)
        {
            if (facilityId is null)
            {
                throw new ForbiddenException("tenant-write-outside-facility");
            }
            if (state == EntityState.Added && owned.FacilityId == Guid.Empty)
            {
                owned.FacilityId = facilityId.Value;
            }
            if (owned.FacilityId != facilityId.Value)
            {
                throw new ForbiddenException("tenant-write-other-facility");
            }
        }

        if (entity is IVersioned versioned && state is EntityState.Added or EntityState.Modified)
        {
            versioned.Version = Guid.NewGuid();
        }
    }
}
