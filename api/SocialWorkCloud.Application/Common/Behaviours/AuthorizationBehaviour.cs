using System.Collections.Concurrent;
using System.Reflection;
using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Common.Behaviours;

/// <summary>
/// Refuses a request unless the caller holds every permission declared on its type. A request with
/// neither a permission nor <see cref="AllowAnonymousRequestAttribute"/> still needs an authenticated caller.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly ConcurrentDictionary<Type, (bool Anonymous, string[] Permissions)> Cache = new();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var (anonymous, permissions) = Cache.GetOrAdd(typeof(TMessage), static t => (
            t.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null,
            t.GetCustomAttributes<RequiresPermissionAttribute>().Select(a => a.Permission).ToArray()));

        if (!anonymous)
        {
            if (!user.IsAuthenticated) throw new UnauthenticatedException("authentication-required");
            var missing = permissions.FirstOrDefault(p => !user.HasPermission(p));
            if (missing is not null) throw new ForbiddenException("permission-required", missing);
        }
        return next(message, cancellationToken);
    }
}
