using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.UnitTests.Architecture;

/// <summary>
/// Every entity type of the model is either tenant-owned (and carries the named tenant filter) or
/// explicitly marked global with a reason. An entity added later without either fails here.
/// </summary>
public class TenancyGuardTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql];

    internal static AppDbContext Context(DatabaseProvider provider)
    {
        var connection = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.SqlServer => "Server=localhost;Database=guard;TrustServerCertificate=True",
            _ => "Host=localhost;Database=guard",
        };
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceSetup.Configure(options, provider, connection);
        return AppDbContext.ForTenant(options.Options, new TenantScope(new NobodySignedIn()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_entity_is_tenant_owned_or_marked_global(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var offenders = new List<string>();
        var entityTypes = db.Model.GetEntityTypes().ToList();
        entityTypes.Count.ShouldBeGreaterThan(5);

        foreach (var entity in entityTypes)
        {
            var clr = entity.ClrType;
            var tenantOwned = typeof(ITenantOwned).IsAssignableFrom(clr);
            var global = clr.GetCustomAttribute<GlobalEntityAttribute>()
                ?? (AppDbContext.GlobalLibraryEntities.TryGetValue(clr, out var reason) ? new GlobalEntityAttribute(reason) : null);
            if (tenantOwned && global is not null) offenders.Add($"{clr.Name}: both tenant-owned and global");
            else if (!tenantOwned && global is null) offenders.Add($"{clr.Name}: neither ITenantOwned nor [GlobalEntity]");
            else if (global is not null && string.IsNullOrWhiteSpace(global.Reason)) offenders.Add($"{clr.Name}: [GlobalEntity] without a reason");
            else if (tenantOwned && entity.FindDeclaredQueryFilter(AppDbContext.TenantFilter) is null) offenders.Add($"{clr.Name}: no '{AppDbContext.TenantFilter}' query filter");
        }
        offenders.ShouldBeEmpty(string.Join(Environment.NewLine, offenders));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Unique_indexes_of_tenant_owned_entities_include_the_tenant(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var offenders = db.Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType))
            .SelectMany(e => e.GetIndexes().Where(i => i.IsUnique).Select(i => (e, i)))
            // A unique index on a single foreign key to a row of the same table (a correction) is tenant-safe by construction.
            .Where(x => x.i.Properties.All(p => p.Name != nameof(ITenantOwned.FacilityId)) && !(x.i.Properties.Count == 1 && x.i.Properties[0].IsForeignKey()))
            .Select(x => $"{x.e.ClrType.Name}({string.Join(", ", x.i.Properties.Select(p => p.Name))})")
            .ToList();
        offenders.ShouldBeEmpty(string.Join(Environment.NewLine, offenders));
    }
}
