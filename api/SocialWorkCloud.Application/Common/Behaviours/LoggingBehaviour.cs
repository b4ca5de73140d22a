using System.Diagnostics;
using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>
/// Logs each request with its caller (Information) and warns about requests slower than the threshold, so a slow screen shows up
/// in the log with its caller; failures are logged by the exception handler with their trace id. One behaviour for both (issue 19:
/// each behaviour is one more object, closure and delegate per request).
/// </summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    // Pooled (issue 19): the request's handler nearly always awaits the database, so this method's state machine left the
    // stack on every request (a box of some 200 bytes) only to time it; the pool hands the box of a finished request to the
    // next. Safe because a mediator's ValueTask is awaited once, as every ValueTask must be.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // Checked first: the call would box its arguments on every request even with the level off (the default).
        if (logger.IsEnabled(LogLevel.Information)) RequestLog.Handling(logger, typeof(TMessage).Name, user.UserId);
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > SlowThreshold) RequestLog.Slow(logger, typeof(TMessage).Name, (long)elapsed.TotalMilliseconds, user.UserId);
        return response;
    }
}

internal static partial class RequestLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Handling {Request} for {UserId}")]
    public static partial void Handling(ILogger logger, string request, Guid? userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow request {Request} took {ElapsedMs} ms for {UserId}")]
    public static partial void Slow(ILogger logger, string request, long elapsedMs, Guid? userId);
}
