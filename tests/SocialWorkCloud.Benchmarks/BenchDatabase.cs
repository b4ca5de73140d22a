using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Benchmarks;

/// <summary>
/// A fresh, throw-away database for one benchmark run: SQLite in a file under the temp folder, or, when
/// <c>SWC_BENCH_PG</c> holds a connection string, a dedicated PostgreSQL database next to the one it
/// names (suffix <c>_kpibench</c>; dropped and re-created, so the named database itself is never touched).
/// Options come from <see cref="PersistenceSetup.Configure"/>, like the API's.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SWC_BENCH_PG";

    private BenchDatabase(DatabaseProvider provider, string connection, string description, bool logSql)
    {
        Provider = provider;
        Description = description;
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceSetup.Configure(builder, provider, connection);
        builder.AddInterceptors(new TenantSaveInterceptor());
        if (logSql)
        {
            builder.LogTo(Console.WriteLine, [RelationalEventId.CommandExecuted], Microsoft.Extensions.Logging.LogLevel.Information);
        }
        Options = builder.Options;
    }

    public DatabaseProvider Provider { get; }
    public string Description { get; }
    public DbContextOptions<AppDbContext> Options { get; }

    /// <summary>Leave the database in place on dispose, to inspect it (query plans, row counts).</summary>
    public bool Keep { get; set; }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>The providers to run on: SQLite always, PostgreSQL when <c>SWC_BENCH_PG</c> is set.</summary>
    public static IEnumerable<DatabaseProvider> Available()
    {
        yield return DatabaseProvider.Sqlite;
        if (PostgresConnection is not null) yield return DatabaseProvider.PostgreSql;
    }

    public static BenchDatabase Create(DatabaseProvider provider, bool logSql = false)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Path.Combine(Path.GetTempPath(), "swc-kpi-bench");
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, $"kpi-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
                return new BenchDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file }.ToString(), $"SQLite file {file}", logSql);
            case DatabaseProvider.PostgreSql:
                var pg = new NpgsqlConnectionStringBuilder(PostgresConnection ?? throw new InvalidOperationException($"Set {PostgresVariable} to run on PostgreSQL."));
                pg.Database = (pg.Database ?? pg.Username ?? "postgres") + "_kpibench";
                return new BenchDatabase(provider, pg.ConnectionString, $"PostgreSQL database {pg.Database} on {pg.Host}:{pg.Port}", logSql);
            default:
                throw new NotSupportedException($"The benchmark does not run on {provider}.");
        }
    }

    /// <summary>A context as the API builds one, with nobody signed in (so no tenant).</summary>
    public AppDbContext NewContext() => AppDbContext.ForTenant(Options, new TenantScope(new NobodySignedIn()));

    /// <summary>Drops whatever is there, applies the real migrations (tables and indexes) and generates the province.</summary>
    public async Task<GeneratedProvince> CreateAsync(ProvinceGenerator generator, CancellationToken ct)
    {
        await using var db = NewContext();
        await db.Database.EnsureDeletedAsync(ct);
        await db.Database.MigrateAsync(ct);
        var generated = await generator.GenerateAsync(db, ct);
        if (Provider == DatabaseProvider.PostgreSql)
        {
            // A long-lived database has statistics (autovacuum); a freshly bulk-loaded one not yet.
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }
        return generated;
    }

    public async ValueTask DisposeAsync()
    {
        if (Keep)
        {
            Console.WriteLine($"Kept: {Description}");
            return;
        }
        await using (var db = NewContext())
        {
            if (Provider == DatabaseProvider.Sqlite) SqliteConnection.ClearAllPools();
            if (Provider == DatabaseProvider.PostgreSql) NpgsqlConnection.ClearAllPools();
            await db.Database.EnsureDeletedAsync();
        }
        if (Provider == DatabaseProvider.Sqlite) SqliteConnection.ClearAllPools();
    }
}
