using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Api.Seeding;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Features.Places;
using SocialWorkCloud.Application.Features.Targets;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

public static class DatabaseInitializer
{
    /// <summary>
    /// Migrates the database and the job store's schema (unless <paramref name="migrate"/> is false), mirrors the
    /// indicator catalogue, and seeds the demo data on an empty one (never in Production) — all under one
    /// database-wide lock, so replicas started together on an empty database take turns instead of racing.
    /// </summary>
    public static async Task InitializeAsync(IServiceProvider services, IHostEnvironment environment, bool migrate, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        await using var startupLock = await StartupLock.AcquireAsync(options.Provider, PersistenceSetup.ConnectionString(configuration), ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A migration may rewrite a large table: not bound by the request-sized command timeout of the connection string.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        try
        {
            var sortNamesAdded = false;
            if (migrate)
            {
                sortNamesAdded = (await db.Database.GetPendingMigrationsAsync(ct)).Any(m => m.EndsWith("_Issue18SortNames", StringComparison.Ordinal));
                await db.Database.MigrateAsync(ct);
                await HangfireSetup.InstallSchemaAsync(options.Provider, PersistenceSetup.ConnectionString(configuration), ct);
            }
            // Rows written before the hash chains existed are sealed in their order, once.
            await HashChainBackfill.RunAsync(db, ct);
            // Names written before the Vietnamese sort keys get theirs, once: when the migration adding the column runs,
            // not at every start (finding the blank keys scans the client register, which no index serves).
            if (sortNamesAdded) await SortNameBackfill.RunAsync(db, ct);
            await IndicatorCatalogueSync.SyncAsync(db, ct);
            await PlaceCatalogue.SyncAsync(db, ct);
            if (options.SeedDemoData && !environment.IsProduction())
            {
                var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
                await db.Database.CreateExecutionStrategy().ExecuteAsync(seeder.SeedAsync, ct);
            }
        }
        finally
        {
            // The context goes back to the pool: the requests that lease it next get the connection string's timeout.
            db.Database.SetCommandTimeout((int?)null);
        }
        // SQLite keeps no statistics unless asked (PostgreSQL's autovacuum analyses): without them its planner may pick the
        // tenant's index over a key lookup. `optimize` analyses only tables never analysed or grown tenfold, each on a sample.
        if (options.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", ct);
    }
}
