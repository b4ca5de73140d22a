using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>The embedded default: a SQLite file of its own.</summary>
public sealed class SqliteApiFactory : ApiFactory
{
    private readonly SqliteApiFactoryFile _file = new();

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_file.ConnectionString);

    protected override Task DropDatabaseAsync()
    {
        _file.Delete();
        return Task.CompletedTask;
    }
}

/// <summary>A throwaway SQLite database file in the temp folder.</summary>
public sealed class SqliteApiFactoryFile
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"swc-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path}";

    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApiFactory>
{
    public const string Name = "SQLite";
}
