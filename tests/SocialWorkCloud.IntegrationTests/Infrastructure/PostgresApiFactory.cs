using Npgsql;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh database on a real PostgreSQL server. The server comes from SWC_TEST_PG (a connection
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

    protected override async Task<string> CreateDatabaseAsync()
    {
        _database = $"swc_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database, Pooling = true }.ConnectionString;
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
