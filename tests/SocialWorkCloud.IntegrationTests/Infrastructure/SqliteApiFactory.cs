using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>The embedded default: a SQLite file of its own.</summary>
public class SqliteApiFactory : ApiFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"swc-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={_path}");

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// The classes that compare the whole SQLite database before and after (a fingerprint: the route guards,
/// the ledger's and targets' refusals) run here, one after another, on a database of their own; every
/// other class shares the run's database (<see cref="SharedApi{TFactory}"/>) and runs in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApiFactory>
{
    public const string Name = "SQLite";
}

/// <summary>
/// The attacker's probes re-run (Architecture/AttackerProbeRerunTests), the longest of the classes that compare the whole
/// database, on a SQLite database of its own: it runs beside <see cref="SqliteCollection"/> instead of after it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteProbeCollection : ICollectionFixture<SqliteApiFactory>
{
    public const string Name = "SQLite, attacker's probes";
}
