using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

public static class PersistenceSetup
{
    public const string DefaultSqliteConnection = "Data Source=data/socialworkcloud.db";

    /// <summary>The configured connection string (the SQLite default when none is set for the embedded provider).</summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connection = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(connection)) return connection;
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"ConnectionStrings:Default is required for the {options.Provider} provider.");
        }
        return DefaultSqliteConnection;
    }

    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connection = ConnectionString(configuration);

        services.AddSingleton<TenantSaveInterceptor>();
        // Pooled (issue 19): each request leases a reset context with its own tenant scope (AppDbContextPooling).
        services.AddPooledAppDbContext((sp, db) =>
        {
            Configure(db, options.Provider, connection, retryWhereSafe: true);
            db.AddInterceptors(sp.GetRequiredService<TenantSaveInterceptor>());
            // EF's guard against two threads using one context writes an async-local on every query and every row read: about
            // 40 % of the province KPIs' allocations, 15 % of the KPI card's (issue 19). It finds programming errors, not bad
            // input: on where the code is written and tested (Development, the test hosts), off where it serves.
            var environment = sp.GetRequiredService<IHostEnvironment>();
            if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing")) db.EnableThreadSafetyChecks(false);
        });
        return services;
    }

    /// <summary>Chooses the provider and its migrations assembly. Shared with the design-time factories and tests.</summary>
    /// <remarks>
    /// <paramref name="retryWhereSafe"/> (the API's own contexts): the execution strategy retries what certainly
    /// did not run (<see cref="SafeRetries"/>); every explicit transaction then runs inside the strategy.
    /// </remarks>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connection, bool retryWhereSafe = false) => provider switch
    {
        DatabaseProvider.Sqlite => db.UseSqlite(EnsureSqliteFolder(connection), o => o.MigrationsAssembly("SocialWorkCloud.Migrations.Sqlite"))
            .AddInterceptors(SqliteConnectionSetup.Instance),
        DatabaseProvider.SqlServer => db.UseSqlServer(connection, o =>
        {
            o.MigrationsAssembly("SocialWorkCloud.Migrations.SqlServer");
            if (retryWhereSafe) o.ExecutionStrategy(d => new SafeRetries.SqlServer(d));
        }),
        DatabaseProvider.PostgreSql => db.UseNpgsql(retryWhereSafe ? WithoutSessionReset(connection) : connection, o =>
        {
            o.MigrationsAssembly("SocialWorkCloud.Migrations.PostgreSql");
            if (retryWhereSafe) o.ExecutionStrategy(d => new SafeRetries.Npgsql(d));
        }),
        _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
    };

    /// <summary>
    /// The API's contexts leave no session state on a connection (their locks and SETs are transaction-scoped, nothing
    /// makes temporary tables), so a connection back in the pool need not be reset: Npgsql otherwise sends DISCARD ALL
    /// before the next command on it, once per query that opens a connection (issue 19).
    /// </summary>
    private static string WithoutSessionReset(string connection) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connection) { NoResetOnClose = true }.ConnectionString;

    private static string EnsureSqliteFolder(string connection)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:") Directory.CreateDirectory(folder);
        return connection;
    }
}
