using System.Net.Sockets;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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

    /// <summary>In place of <c>UseRequestTimeouts()</c>: see <see cref="RequestDeadlines"/>.</summary>
    public static WebApplication UseResilience(this WebApplication app)
    {
        IApplicationBuilder builder = app;
        var framework = builder.New();
        framework.UseRequestTimeouts();
        var services = builder.ApplicationServices;
        builder.Use(next =>
        {
            framework.Run(next);
            return new RequestDeadlines(next, framework.Build(), services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<RequestTimeoutOptions>>(),
                services.GetRequiredService<ILoggerFactory>()).Invoke;
        });
        return app;
    }
}

/// <summary>
/// ASP.NET Core's request timeouts for the requests every endpoint of this API makes (the default policy: 30 s, then a 503
/// ProblemDetails with Retry-After), without the framework's per-request objects (issue 19: a linked token source, a closure,
/// the feature and a large state machine, about 0.45 kB a request). The same behaviour: the request's RequestAborted is
/// cancelled when the client leaves or the time is up, <see cref="IHttpRequestTimeoutFeature"/> is set for the request (its token
/// cancelled by the time alone, DisableTimeout stops the clock), a cancellation the timeout caused is answered with the policy's
/// status and body when nothing was sent yet (logged as the framework logs it), and afterwards RequestAborted and the feature are
/// put back. Its two token sources are reused from request to request once reset, as Kestrel reuses the one behind
/// RequestAborted. An endpoint that names a timeout, a policy or none (<c>WithRequestTimeout</c>, <c>DisableRequestTimeout</c>
/// and their attributes) goes to ASP.NET Core's own middleware, as does every request while a debugger is attached.
/// </summary>
public sealed class RequestDeadlines(RequestDelegate next, RequestDelegate framework, Microsoft.Extensions.Options.IOptionsMonitor<RequestTimeoutOptions> options,
    ILoggerFactory loggers)
{
    // The framework's own category, event and text, so log filters and searches see the same line.
    private readonly ILogger _logger = loggers.CreateLogger("Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutsMiddleware");
    private static readonly Action<ILogger, Exception?> TimeoutHandled =
        LoggerMessage.Define(LogLevel.Warning, new EventId(1, "TimeoutExceptionHandled"), "Timeout exception handled.");

    // More than the requests one replica serves at once; a request beyond it gets a deadline of its own, dropped afterwards.
    private readonly Microsoft.Extensions.ObjectPool.DefaultObjectPool<RequestDeadline> _pool = new(new RequestDeadline.Pooling(), 256);

    public Task Invoke(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata is { } metadata && (metadata.GetMetadata<RequestTimeoutAttribute>() is not null
            || metadata.GetMetadata<RequestTimeoutPolicy>() is not null || metadata.GetMetadata<DisableRequestTimeoutAttribute>() is not null))
        {
            return framework(http);
        }
        if (System.Diagnostics.Debugger.IsAttached) return framework(http);
        var policy = options.CurrentValue.DefaultPolicy;
        if (policy?.Timeout is not { } timeout || timeout == Timeout.InfiniteTimeSpan) return next(http);
        var original = http.RequestAborted;
        if (original.IsCancellationRequested) return next(http);
        var deadline = _pool.Get();
        deadline.Start(policy, timeout, original);
        return WithDeadlineAsync(http, deadline);
    }

    // What the request needs lives in the pooled deadline, so this state machine (allocated per request) stays small.
    private async Task WithDeadlineAsync(HttpContext http, RequestDeadline deadline)
    {
        try
        {
            http.Features.Set<IHttpRequestTimeoutFeature>(deadline);
            http.RequestAborted = deadline.Aborted;
            Task? answer = null;
            try
            {
                await next(http);
            }
            catch (OperationCanceledException exception) when (deadline.Aborted.IsCancellationRequested && !deadline.Client.IsCancellationRequested)
            {
                // The framework's answer: nothing can be said once the response has started.
                if (http.Response.HasStarted) throw;
                TimeoutHandled(_logger, exception);
                http.Response.Clear();
                http.Response.StatusCode = deadline.Policy!.TimeoutStatusCode ?? StatusCodes.Status504GatewayTimeout;
                answer = deadline.Policy.WriteTimeoutResponse?.Invoke(http);
            }
            // Written before RequestAborted and the feature are put back, as the framework writes it.
            if (answer is not null) await answer;
        }
        finally
        {
            http.RequestAborted = deadline.Client;
            http.Features.Set<IHttpRequestTimeoutFeature>(null);
            if (deadline.TryStop()) _pool.Return(deadline);
            else deadline.Dispose();
        }
    }
}

/// <summary>One request's deadline: the policy's clock, and the token the request sees as RequestAborted (the client or the clock).</summary>
public sealed class RequestDeadline : IHttpRequestTimeoutFeature, IDisposable
{
    private readonly CancellationTokenSource _clock = new();
    private readonly CancellationTokenSource _aborted = new();
    private CancellationTokenRegistration _fromClient, _fromClock;

    /// <summary>What the request sees as RequestAborted while it runs.</summary>
    public CancellationToken Aborted => _aborted.Token;

    /// <summary>The request's own RequestAborted (the client leaving), put back afterwards.</summary>
    public CancellationToken Client { get; private set; }

    public RequestTimeoutPolicy? Policy { get; private set; }

    public CancellationToken RequestTimeoutToken => _clock.Token;

    public void DisableTimeout() => _clock.CancelAfter(Timeout.Infinite);

    public void Start(RequestTimeoutPolicy policy, TimeSpan timeout, CancellationToken client)
    {
        _clock.CancelAfter(timeout);
        Policy = policy;
        Client = client;
        // As CancellationTokenSource.CreateLinkedTokenSource links them, without a linked source per request.
        _fromClient = client.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), _aborted);
        _fromClock = _clock.Token.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), _aborted);
    }

    /// <summary>Unlinks and resets both sources for the next request; false when one was cancelled (it cannot be reused).</summary>
    public bool TryStop()
    {
        // Dispose waits for a callback already running, so nothing cancels these sources after the resets.
        _fromClient.Dispose();
        _fromClock.Dispose();
        Policy = null;
        Client = default;
        return _clock.TryReset() && _aborted.TryReset();
    }

    public void Dispose()
    {
        _fromClient.Dispose();
        _fromClock.Dispose();
        _clock.Dispose();
        _aborted.Dispose();
    }

    internal sealed class Pooling : Microsoft.Extensions.ObjectPool.IPooledObjectPolicy<RequestDeadline>
    {
        public RequestDeadline Create() => new();
        public bool Return(RequestDeadline deadline) => true;
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

        /// <summary>
        /// Told to EF as "does not retry" so that it does not buffer every query's rows for a replay (issue 19: about 2.5 kB a
        /// query). Nothing it retries can happen after a query outside a transaction has sent a row: a connection that never
        /// opened, or a statement the server refused at the start (a plain SELECT takes no row locks); inside a transaction the
        /// whole operation is retried and EF never buffered there. The retries themselves do not read this flag.
        /// </summary>
        public override bool RetriesOnFailure => false;

        /// <summary>EF's guard, which it skips when <see cref="RetriesOnFailure"/> is false: a transaction begun outside the strategy cannot be retried whole.</summary>
        protected override void OnFirstExecution()
        {
            var database = Dependencies.CurrentContext.Context.Database;
            if (database.CurrentTransaction is not null || System.Transactions.TransactionsDatabaseFacadeExtensions.GetEnlistedTransaction(database) is not null || System.Transactions.Transaction.Current is not null)
            {
                throw new InvalidOperationException(
                    $"The execution strategy '{GetType().Name}' does not support a transaction begun outside it: run the unit of work through DbContext.Database.CreateExecutionStrategy().");
            }
            base.OnFirstExecution();
        }

        /// <summary>
        /// EF's retry loop without its per-call wrapper (a closure, a result object and two more state machines per query, issue 19),
        /// and without clearing <see cref="ExecutionStrategy.Current"/> afterwards: set inside this async method, it never flows back
        /// to the caller. A <paramref name="verifySucceeded"/> check (EF's own transactions) goes to EF's loop.
        /// </summary>
        public override Task<TResult> ExecuteAsync<TState, TResult>(TState state, Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
            Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded, CancellationToken cancellationToken = default)
        {
            if (Current is not null) return operation(Dependencies.CurrentContext.Context, state, cancellationToken);
            if (verifySucceeded is not null) return base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);
            OnFirstExecution();
            return Run(state, operation, cancellationToken);
        }

        private async Task<TResult> Run<TState, TResult>(TState state, Func<DbContext, TState, CancellationToken, Task<TResult>> operation, CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TimeSpan delay;
                try
                {
                    if (!QueryStatement<TState>.Is) Current = this;
                    return await operation(Dependencies.CurrentContext.Context, state, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (CallOnWrappedException(ex, ShouldRetryOn))
                {
                    Current = null;
                    ExceptionsEncountered.Add(ex);
                    delay = GetNextDelay(ex) ?? throw new RetryLimitExceededException(
                        $"The maximum number of retries ({MaxRetryCount}) was exceeded while executing database operations with '{GetType().Name}'. See the inner exception for the most recent failure.", ex);
                    Dependencies.Logger.ExecutionStrategyRetrying(ExceptionsEncountered, delay, async: true);
                    OnRetry();
                }
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Whether the operation is one of EF's query enumerators (one statement, reading its rows): it calls nothing that could start
    /// a strategy of its own, so it is retried here without being marked as running in this strategy (<see cref="ExecutionStrategy.Current"/>,
    /// an async-local write per query, about 0.2 kB; issue 19). Anything else (a unit of work, SaveChanges) is marked, so what it
    /// runs inside joins it.
    /// </summary>
    public static bool IsQueryStatement(Type state) => state.Namespace == "Microsoft.EntityFrameworkCore.Query.Internal"
        && state.Name == "AsyncEnumerator" && state.DeclaringType?.Name.EndsWith("QueryingEnumerable`1", StringComparison.Ordinal) == true;

    private static class QueryStatement<TState>
    {
        public static readonly bool Is = IsQueryStatement(typeof(TState));
    }

    public sealed class SqlServer(ExecutionStrategyDependencies dependencies)
        : Microsoft.EntityFrameworkCore.SqlServerRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, null)
    {
        // 1205 deadlock victim; 4060/40613 database not (yet) available at open; 53 server not found at open.
        protected override bool ShouldRetryOn(Exception? exception) =>
            exception is Microsoft.Data.SqlClient.SqlException s && s.Errors.Cast<Microsoft.Data.SqlClient.SqlError>().Any(e => e.Number is 1205 or 4060 or 40613 or 53);
    }
}
