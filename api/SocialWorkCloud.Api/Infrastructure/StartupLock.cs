using Microsoft.Data.SqlClient;
using Npgsql;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// One database-wide lock around migrating and seeding, held on a connection of its own: a PostgreSQL
/// session advisory lock, a SQL Server session applock, and for SQLite (one machine, one file) an exclusive
/// lock file beside the database. A replica that dies while holding it releases it with its connection.
/// Raw SQL rather than the DistributedLock.* packages: three short statements, and no SQL Server package of
/// that family is served here.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The advisory lock key ("swc-init" as a number): any fixed value no other code uses.</summary>
    public const long PostgresKey = 0x7377_632d_696e_6974;
    public const string SqlServerResource = "socialworkcloud-init";

    private readonly IAsyncDisposable? _connection;
    private readonly FileStream? _file;

    private StartupLock(IAsyncDisposable? connection, FileStream? file)
    {
        _connection = connection;
        _file = file;
    }

    public static async Task<StartupLock> AcquireAsync(DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
            {
                // No pooling: closing the connection must end the session, or the lock would stay with a pooled one.
                var cs = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 }.ConnectionString;
                var connection = new NpgsqlConnection(cs);
                try
                {
                    await connection.OpenAsync(ct);
                    await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
                    command.Parameters.AddWithValue("key", PostgresKey);
                    await command.ExecuteNonQueryAsync(ct);
                    return new StartupLock(connection, null);
                }
                catch
                {
                    await connection.DisposeAsync();
                    throw;
                }
            }
            case DatabaseProvider.SqlServer:
            {
                var cs = new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
                var connection = new SqlConnection(cs);
                try
                {
                    await connection.OpenAsync(ct);
                    await using var command = new SqlCommand(
                        "DECLARE @r int; EXEC @r = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1; SELECT @r;",
                        connection) { CommandTimeout = 0 };
                    command.Parameters.AddWithValue("resource", SqlServerResource);
                    var result = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                    if (result < 0) throw new InvalidOperationException($"sp_getapplock refused the startup lock ({result}).");
                    return new StartupLock(connection, null);
                }
                catch
                {
                    await connection.DisposeAsync();
                    throw;
                }
            }
            default:
                return new StartupLock(null, await LockFileAsync(connectionString, ct));
        }
    }

    private static async Task<FileStream?> LockFileAsync(string connectionString, CancellationToken ct)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:") return null;
        var path = Path.GetFullPath(source) + ".init-lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        if (_file is not null) await _file.DisposeAsync();
    }
}
