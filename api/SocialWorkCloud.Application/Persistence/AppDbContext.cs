using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Persistence;

public partial class AppDbContext : IdentityUserContext<AppUser, Guid, AppUserClaim, AppUserLogin, AppUserToken>
{
    /// <summary>The named query filter that scopes every tenant-owned entity to the caller's facility.</summary>
    public const string TenantFilter = "Tenant";

    // Each area declares its own sets beside its use cases (Features/<Area>/<Area>Data.cs).

    private TenantScope? _tenant;

    /// <summary>
    /// The pooled context (<see cref="AppDbContextPooling"/>): it has no tenant — sees no tenant-owned row, may write
    /// none — until a lease gives it the request's <see cref="TenantScope"/>, which it forgets when it goes back.
    /// </summary>
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options)
    {
        // No automatic savepoint around each SaveChanges inside a transaction (issue 19: SAVEPOINT and RELEASE were two more round
        // trips per save, and a command saves inside its transaction). A failed save fails its command, which rolls back whole; the
        // one place that catches a failed save and carries on in the same transaction (the year's first receipt number, Ledger)
        // takes its own savepoint. Set here, the pool restores it on every lease.
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>A context of its own, outside the pool (design-time factories, tools, benchmarks), for the given tenant scope.</summary>
    public static AppDbContext ForTenant(DbContextOptions<AppDbContext> options, TenantScope tenant) => new(options) { _tenant = tenant };

    /// <summary>Read by the tenant filter at query time: each context instance filters for its own caller (none: no facility).</summary>
    internal Guid? CurrentFacilityId => _tenant?.FacilityId;

    /// <summary>A lease from the pool serves this scope's caller.</summary>
    internal void Lease(TenantScope tenant) => _tenant = tenant;

    /// <summary>Back to the pool (or gone): the caller's tenant is forgotten before anyone else can lease the instance.</summary>
    public override void Dispose()
    {
        _tenant = null;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        _tenant = null;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    /// <summary>
    /// Tenant-owned rows of several facilities, for the purpose-written cross-facility reads of
    /// province officers and jobs. Only the tenant filter is lifted, and only for the given facilities.
    /// </summary>
    public IQueryable<T> AcrossFacilities<T>(IQueryable<Guid> facilityIds) where T : class, ITenantOwned =>
        Set<T>().IgnoreQueryFilters([TenantFilter]).AsNoTracking().Where(e => facilityIds.Contains(e.FacilityId));

    public IQueryable<T> OfFacility<T>(Guid facilityId) where T : class, ITenantOwned =>
        Set<T>().IgnoreQueryFilters([TenantFilter]).AsNoTracking().Where(e => e.FacilityId == facilityId);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            if (typeof(ITenantOwned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).HasQueryFilter(TenantFilter, BuildTenantFilter(clr));
                builder.Entity(clr).HasIndex(nameof(ITenantOwned.FacilityId));
            }
            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset; store instants as UTC ticks there.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        }
        configurationBuilder.Properties<decimal>().HavePrecision(9, 2);
    }

    private LambdaExpression BuildTenantFilter(Type clr)
    {
        // e => e.FacilityId == this.CurrentFacilityId, evaluated per context instance.
        var e = Expression.Parameter(clr, "e");
        var facilityId = Expression.Convert(Expression.Property(e, nameof(ITenantOwned.FacilityId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), typeof(AppDbContext).GetProperty(nameof(CurrentFacilityId), BindingFlags.NonPublic | BindingFlags.Instance)!);
        return Expression.Lambda(Expression.Equal(facilityId, current), e);
    }
}
