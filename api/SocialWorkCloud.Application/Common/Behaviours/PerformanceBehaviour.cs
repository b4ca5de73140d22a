using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>Warns about requests slower than the threshold, so a slow screen shows up in the log with its caller.</summary>
public sealed class PerformanceBehaviour<TMessage, TResponse>(ILogger<PerformanceBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > SlowThreshold)
        {
            logger.LogWarning("Slow request {Request} took {ElapsedMs} ms for {UserId}", typeof(TMessage).Name, (long)elapsed.TotalMilliseconds, user.UserId);
        }
        return response;
    }
}
