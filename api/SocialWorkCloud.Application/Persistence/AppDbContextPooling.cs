using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>
/// The API's contexts come from a pool (issue 19): a request leases a reset instance instead of building one —
/// its options, its internal services, its 80-odd sets and change tracker — and returns it when its scope ends.
/// Tenant isolation stays per request: the scoped <see cref="AppDbContext"/> is a lease handed the scope's own
/// <see cref="TenantScope"/> (the tenant filter reads it at query time, the save interceptor at save time), and
/// the instance forgets it on the way back (<see cref="AppDbContext.Dispose"/>). A context taken from the factory
/// directly has no tenant: it sees no tenant-owned row and may write none.
/// </summary>
public static class AppDbContextPooling
{
    public static IServiceCollection AddPooledAppDbContext(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
    {
        services.AddPooledDbContextFactory<AppDbContext>(configure);
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
            db.Lease(sp.GetRequiredService<TenantScope>());
            return db;
        });
        return services;
    }
}
