using System.Net.Sockets;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class ResilienceSettings
{
    public const string Section = "Resilience";
    /// <summary>Server-side limit of one request: a hung database fails it (503) instead of piling requests up behind it.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;
}

public static class ResilienceSetup
{
    public static IServiceCollection AddResilience(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ResilienceSettings.Section).Get<ResilienceSettings>() ?? new ResilienceSettings();
        services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = http =>
            {
                http.Response.Headers.RetryAfter = ProblemDetailsExceptionHandler.RetryAfterSeconds;
                return ProblemDetailsExceptionHandler.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "request-timeout", TextCatalog.Get("request-timeout"));
            },
        });
        return services;
    }

    public static WebApplication UseResilience(this WebApplication app)
    {
        app.UseRequestTimeouts();
        return app;
    }
}

/// <summary>
/// Execution strategies that retry only what certainly did not take effect: a connection that could not be
/// opened (refused, the server starting up, out of connection slots), a deadlock or serialisation victim
/// (the transaction was rolled back). A connection lost or a command timed out mid-way is not retried — a
/// commit may have happened — and surfaces as a 503 with Retry-After.
/// </summary>
public static class SafeRetries
{
    private const int MaxRetries = 3;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    public sealed class Npgsql(ExecutionStrategyDependencies dependencies)
        : global::Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, null)
    {
        protected override bool ShouldRetryOn(Exception? exception) => exception switch
        {
            PostgresException p => p.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
                or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
            NpgsqlException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => true,
            _ => false,
        };
    }

    public sealed class SqlServer(ExecutionStrategyDependencies dependencies)
        : Microsoft.EntityFrameworkCore.SqlServerRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, null)
    {
        // 1205 deadlock victim; 4060/40613 database not (yet) available at open; 53 server not found at open.
        protected override bool ShouldRetryOn(Exception? exception) =>
            exception is Microsoft.Data.SqlClient.SqlException s && s.Errors.Cast<Microsoft.Data.SqlClient.SqlError>().Any(e => e.Number is 1205 or 4060 or 40613 or 53);
    }
}
