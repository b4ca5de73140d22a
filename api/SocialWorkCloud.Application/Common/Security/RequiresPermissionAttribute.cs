namespace SocialWorkCloud.Application.Common.Security;

/// <summary>Declared on a request type; the authorization behaviour refuses callers without it (403).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequiresPermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}

/// <summary>A request anyone may send without a token (login, refresh, client credentials).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AllowAnonymousRequestAttribute : Attribute;

/// <summary>A request any signed-in caller may send, whatever their permissions (e.g. "who am I").</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AnyAuthenticatedCallerAttribute : Attribute;
