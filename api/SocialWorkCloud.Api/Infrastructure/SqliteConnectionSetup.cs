using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Every SQLite connection waits for a lock instead of failing at once, and a database file is put in WAL mode.
/// Microsoft.Data.Sqlite retries a statement that finds the database busy, but not the commit SQLite makes when a
/// statement with RETURNING (EF's UPDATE/INSERT) is reset: with readers about, that commit failed at once with
/// "database is locked". SQLite's own busy timeout covers it; WAL lets readers and the one writer go on together.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    /// <summary>As long as a command may run (Microsoft.Data.Sqlite's default command timeout).</summary>
    private const int BusyTimeoutMilliseconds = 30_000;

    private static readonly ConcurrentDictionary<string, bool> WalFiles = new(StringComparer.Ordinal);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection);
        return Task.CompletedTask;
    }

    private static void Prepare(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
        var file = sqlite.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || WalFiles.ContainsKey(file)) return;
        // Persistent in the file: once per database and process is enough.
        command.CommandText = "PRAGMA journal_mode = WAL;";
        if (string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase)) WalFiles[file] = true;
    }
}
