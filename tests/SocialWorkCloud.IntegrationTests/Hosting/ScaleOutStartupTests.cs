using System.Net;
using System.Net.Http.Json;
using Npgsql;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using static SocialWorkCloud.IntegrationTests.Hosting.ScaleOutStartup;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>
/// Replicas as real processes on one PostgreSQL database: the migrate command, two replicas started together on
/// an empty database, and a replica started before its database exists. Each case is a class of its own (below), so
/// xunit runs the three beside each other: each waits mostly on processes starting and migrating.
/// </summary>
public static class ScaleOutStartup
{
    internal static async Task<string> NewDatabaseAsync(bool create = true)
    {
        var name = $"swc_test_{Guid.NewGuid():N}";
        if (create) await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return name;
    }

    internal static async Task ExecuteAsync(string sql, string? database = null)
    {
        var cs = new NpgsqlConnectionStringBuilder(PostgresApiFactory.ServerConnectionString) { Pooling = false };
        if (database is not null) cs.Database = database;
        await using var connection = new NpgsqlConnection(cs.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<long> ScalarAsync(string database, string sql)
    {
        var cs = new NpgsqlConnectionStringBuilder(PostgresApiFactory.ServerConnectionString) { Pooling = false, Database = database };
        await using var connection = new NpgsqlConnection(cs.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static Task DropAsync(string database) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");

    internal static Dictionary<string, string> On(string database, bool migrateOnStartup = true) => new()
    {
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Default"] = new NpgsqlConnectionStringBuilder(PostgresApiFactory.ServerConnectionString) { Database = database }.ConnectionString,
        ["Database__MigrateOnStartup"] = migrateOnStartup ? "true" : "false",
    };
}

public sealed class ScaleOutMigrateCommandTests
{
    [Fact]
    public async Task The_migrate_command_migrates_the_database_and_the_job_store_then_exits()
    {
        var database = await NewDatabaseAsync();
        try
        {
            await using (var migrate = ApiProcess.Start(On(database), "migrate"))
            {
                (await migrate.WaitForExitAsync(TimeSpan.FromMinutes(4))).ShouldBe(0, migrate.Output);
            }
            (await ScalarAsync(database, "SELECT count(*) FROM \"__EFMigrationsHistory\"")).ShouldBeGreaterThan(0);
            (await ScalarAsync(database, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'")).ShouldBe(1);

            // A replica that does not migrate starts on it and is ready.
            await using var api = ApiProcess.Start(On(database, migrateOnStartup: false));
            await api.WaitForAsync("/health/ready", HttpStatusCode.OK, TimeSpan.FromMinutes(3));
        }
        finally
        {
            await DropAsync(database);
        }
    }
}

public sealed class ScaleOutTwoReplicasTests
{
    [Fact]
    public async Task Two_replicas_started_together_on_an_empty_database_both_become_ready()
    {
        var database = await NewDatabaseAsync();
        try
        {
            await using var first = ApiProcess.Start(On(database));
            await using var second = ApiProcess.Start(On(database));
            await Task.WhenAll(
                first.WaitForAsync("/health/ready", HttpStatusCode.OK, TimeSpan.FromMinutes(4)),
                second.WaitForAsync("/health/ready", HttpStatusCode.OK, TimeSpan.FromMinutes(4)));
            (first.Output + second.Output).ShouldNotContain("already exists");
        }
        finally
        {
            await DropAsync(database);
        }
    }
}

public sealed class ScaleOutUnreachableDatabaseTests
{
    [Fact]
    public async Task A_replica_whose_database_is_unreachable_stays_live_not_ready_and_becomes_ready_when_it_appears()
    {
        var database = await NewDatabaseAsync(create: false);
        try
        {
            await using var api = ApiProcess.Start(On(database));
            await api.WaitForAsync("/health/live", HttpStatusCode.OK, TimeSpan.FromMinutes(3));
            (await api.Client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            // Meanwhile a request that needs the database is an outage the caller may retry, not a 500.
            using (var login = await api.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.org", password = "irrelevant" }))
            {
                login.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
                login.Headers.RetryAfter.ShouldNotBeNull();
                (await login.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"database-unavailable\"");
            }
            api.HasExited.ShouldBeFalse(api.Output); // it keeps retrying instead of exiting
            (await api.Client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

            await ExecuteAsync($"CREATE DATABASE \"{database}\"");
            await api.WaitForAsync("/health/ready", HttpStatusCode.OK, TimeSpan.FromMinutes(3));
            api.Output.ShouldContain("retrying in");
        }
        finally
        {
            await DropAsync(database);
        }
    }
}
