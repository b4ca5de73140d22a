using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>The embedded default: a SQLite file of its own, a copy of the run's migrated template.</summary>
public class SqliteApiFactory : ApiFactory
{
    /// <summary>The run's migrated database file, which every factory's file is copied from.</summary>
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    private readonly string _path = NewPath();

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override async Task<string> CreateDatabaseAsync()
    {
        File.Copy(await Template.Value, _path);
        return $"Data Source={_path}";
    }

    private static string NewPath() => Path.Combine(Path.GetTempPath(), $"swc-test-{Guid.NewGuid():N}.db");

    private static async Task<string> CreateTemplateAsync()
    {
        var template = NewPath();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(template);
        await MigrateTemplateAsync(new SqliteApiFactory(), $"Data Source={template}");
        // Every page in the one file: the write-ahead log checkpointed into it and emptied. The file stays in WAL mode, as
        // every database of the API is: a copy's first connection (EF's read-only existence check) has nothing to change.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={template};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            (await command.ExecuteScalarAsync())?.ToString().ShouldBe("wal");
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync();
            (await reader.ReadAsync()).ShouldBeTrue();
            reader.GetInt32(0).ShouldBe(0, "the template's checkpoint was blocked");
        }
        return template;
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Delete(_path);
        return Task.CompletedTask;
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
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
