using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Api.Seeding;
using SocialWorkCloud.Application.Features.Places;
using SocialWorkCloud.Application.Features.Targets;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

public static class DatabaseInitializer
{
    /// <summary>Migrates the database (unless turned off), mirrors the indicator catalogue, and seeds the demo data on an empty one (never in Production).</summary>
    public static async Task InitializeAsync(IServiceProvider services, IHostEnvironment environment, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
        }
        await IndicatorCatalogueSync.SyncAsync(db, ct);
        await PlaceCatalogue.SyncAsync(db, ct);
        if (options.SeedDemoData && !environment.IsProduction())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }
    }
}
