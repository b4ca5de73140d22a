using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Tells a database that cannot be reached or does not answer in time (an outage the caller should retry: 503)
/// from a failure of ours (500). Looks through the wrappers EF and the execution strategy add.
/// </summary>
public static class TransientFailures
{
    /// <summary>SQL Server numbers for a lost or refused connection, a timeout, a busy or starting server, a deadlock victim.</summary>
    private static readonly HashSet<int> SqlServerNumbers = [-2, 2, 53, 121, 233, 1205, 4060, 10053, 10054, 10060, 10928, 10929, 40197, 40501, 40613, 49918, 49919, 49920];

    public static bool IsTransient(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException { InnerExceptions.Count: 1 } aggregate && IsTransient(aggregate.InnerExceptions[0])) return true;
            switch (e)
            {
                // 3D000: the database does not exist yet (created by the platform after us); 57P01-03: shutting down / starting up.
                case PostgresException p when p.IsTransient || p.SqlState is "3D000" or "57P01" or "57P02" or "57P03":
                case NpgsqlException { IsTransient: true }:
                case SqlException s when s.Errors.Cast<SqlError>().Any(err => SqlServerNumbers.Contains(err.Number)):
                // SQLITE_BUSY (5) / SQLITE_LOCKED (6): another writer holds the file past the busy timeout.
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                case SocketException:
                case TimeoutException:
                case Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException:
                    return true;
            }
        }
        return false;
    }
}
