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
        logger.LogInformation("Handling {Request} for {UserId}", typeof(TMessage).Name, user.UserId);
        return next(message, cancellationToken);
    }
}
