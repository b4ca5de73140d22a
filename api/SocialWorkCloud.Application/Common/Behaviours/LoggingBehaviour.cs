using Mediator;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>Logs each request with its caller; failures are logged by the exception handler with their trace id.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // Checked first: the call would box its arguments on every request even with the level off (the default).
        if (logger.IsEnabled(LogLevel.Information)) RequestLog.Handling(logger, typeof(TMessage).Name, user.UserId);
        return next(message, cancellationToken);
    }
}

internal static partial class RequestLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Handling {Request} for {UserId}")]
    public static partial void Handling(ILogger logger, string request, Guid? userId);
}
