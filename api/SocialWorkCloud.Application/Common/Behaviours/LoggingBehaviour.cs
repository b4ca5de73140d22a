using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>Logs each request with its caller, and warns when one is slow.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <summary>A request taking longer than this is logged as a warning.</summary>
    public static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        logger.LogInformation("Handling {Request} for {UserId}", name, user.UserId);
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > SlowThreshold)
        {
            logger.LogWarning("Slow request {Request} took {ElapsedMs} ms for {UserId}", name, (long)elapsed.TotalMilliseconds, user.UserId);
        }
        return response;
    }
}
