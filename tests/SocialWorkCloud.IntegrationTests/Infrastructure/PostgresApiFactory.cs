using Npgsql;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh database on a real PostgreSQL server, a copy of the run's migrated template. The server comes from SWC_TEST_PG (a connection
/// string to an administrative database); ./test.sh starts a throwaway cluster and sets it.
/// </summary>
public sealed class PostgresApiFactory : ApiFactory
{
    public const string ServerVariable = "SWC_TEST_PG";
    private string _database = string.Empty;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"No PostgreSQL server for the integration tests: run ./test.sh (it starts a throwaway cluster), or set {ServerVariable} to a connection string of a server where this user may create databases.");

    /// <summary>The run's migrated database, which every factory's database is created from (CREATE DATABASE … TEMPLATE).</summary>
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    protected override async Task<string> CreateDatabaseAsync()
    {
        var template = await Template.Value;
        _database = $"swc_test_{Guid.NewGuid():N}";
        // A session on the template makes CREATE DATABASE refuse it (55006, after PostgreSQL's own 5 s wait): the pools
        // its host left are cleared before the template is handed out, so only a background worker may still be on it.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                await ExecuteAsync($"CREATE DATABASE \"{_database}\" TEMPLATE \"{template}\"");
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
        return On(_database);
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var template = $"swc_test_template_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{template}\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            ExecuteAsync($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)").Wait(TimeSpan.FromSeconds(20));
        await MigrateTemplateAsync(new PostgresApiFactory(), On(template));
        NpgsqlConnection.ClearAllPools();
        return template;
    }

    private static string On(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// The classes that compare the whole PostgreSQL database before and after (a fingerprint: the route guards,
/// the ledger's and targets' refusals) run here, one after another, on a database of their own; every
/// other class shares the run's database (<see cref="SharedApi{TFactory}"/>) and runs in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApiFactory>
{
    public const string Name = "PostgreSQL";
}

/// <summary>
/// The attacker's probes re-run (Architecture/AttackerProbeRerunTests), the longest of the classes that compare the whole
/// database, on a PostgreSQL database of its own: it runs beside <see cref="PostgresCollection"/> instead of after it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresProbeCollection : ICollectionFixture<PostgresApiFactory>
{
    public const string Name = "PostgreSQL, attacker's probes";
}
