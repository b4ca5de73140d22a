using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialWorkCloud.Api.Infrastructure;

namespace SocialWorkCloud.UnitTests.Infrastructure;

/// <summary>A database that cannot be reached or does not answer is an outage (503, retry), never a 500.</summary>
public sealed class OutageMappingTests
{
    public static TheoryData<Exception> Outages() =>
    [
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)),
        new NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt")),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("x", new SocketException((int)SocketError.ConnectionRefused))),
        new DbUpdateException("An error occurred while saving the entity changes.", new NpgsqlException("x", new System.IO.IOException("broken", new SocketException((int)SocketError.ConnectionReset)))),
        new TimeoutException("The operation has timed out."),
        new SqliteException("database is locked", 5),
        new Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException("Maximum number of retries (3) exceeded", new TimeoutException()),
    ];

    [Theory]
    [MemberData(nameof(Outages))]
    public void A_database_outage_is_a_503_with_a_code(Exception outage)
    {
        var problem = ProblemDetailsExceptionHandler.Map(outage);
        problem.Status.ShouldBe(503);
        problem.Extensions["code"].ShouldBe("database-unavailable");
    }

    [Fact]
    public void A_fault_of_ours_stays_a_500_and_a_constraint_failure_is_not_an_outage()
    {
        ProblemDetailsExceptionHandler.Map(new InvalidOperationException("bug")).Status.ShouldBe(500);
        ProblemDetailsExceptionHandler.Map(new ArgumentException("bug")).Status.ShouldBe(500);
        ProblemDetailsExceptionHandler.Map(new SqliteException("constraint failed", 19)).Status.ShouldBe(500);
        TransientFailures.IsTransient(new NpgsqlException("syntax")).ShouldBeFalse();
    }
}
