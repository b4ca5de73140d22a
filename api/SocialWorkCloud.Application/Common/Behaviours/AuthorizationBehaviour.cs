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
            // A loop, not FirstOrDefault with a lambda: that was a new delegate on every request (issue 19).
            foreach (var permission in permissions)
            {
                if (!user.HasPermission(permission)) throw new ForbiddenException("permission-required", permission);
            }
        }
        return next(message, cancellationToken);
    }
}
