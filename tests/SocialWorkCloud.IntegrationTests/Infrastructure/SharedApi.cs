namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// One running API per database provider for the whole test run, shared by every test class that takes
/// this fixture: the host starts and migrates once, the <see cref="TestWorld"/> is arranged once, and
/// each class is a collection of its own, so xunit runs classes in parallel. A class that changes data
/// does so in records (or a tenant, <see cref="TestWorld.NewTenantAsync"/>) of its own; a class that
/// compares the whole database before and after (a fingerprint) must not share it: it belongs to
/// <see cref="PostgresCollection"/> / <see cref="SqliteCollection"/>, whose database is its own.
/// The database is dropped when the test process exits.
/// </summary>
public abstract class SharedApi<TFactory> : IAsyncLifetime where TFactory : ApiFactory, new()
{
    private static readonly Lazy<Task<TFactory>> Instance = new(StartAsync);

    public TFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync() => Factory = await Instance.Value;

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<TFactory> StartAsync()
    {
        var factory = new TFactory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => factory.DropDatabaseAtExitAsync().Wait(TimeSpan.FromSeconds(20));
        await factory.InitializeAsync();
        return factory;
    }
}

/// <summary>Every class of the test run that shares the PostgreSQL database.</summary>
public sealed class SharedPostgres : SharedApi<PostgresApiFactory>;

/// <summary>Every class of the test run that shares the SQLite database.</summary>
public sealed class SharedSqlite : SharedApi<SqliteApiFactory>;
