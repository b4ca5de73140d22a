using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Common.Idempotency;

/// <summary>
/// Which operations accept <c>Idempotency-Key</c>: every POST an API client may call, i.e. whose request
/// (named like the endpoint, or bound as a parameter) requires a permission that an API-client scope
/// carries (<see cref="ApiScopeAttribute"/>). Read from the endpoint's metadata, so a new integrator
/// endpoint needs no registration; the OpenAPI document and the filter ask the same question here.
/// </summary>
public static class IdempotentOperations
{
    private static readonly ConcurrentDictionary<Endpoint, bool> Decided = new();

    private static readonly Lazy<HashSet<string>> ApiPermissions = new(() =>
        Permissions.Catalogue.Value.ByScope.Values.SelectMany(p => p).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, Type>> RequestsByName = new(() => typeof(IdempotentOperations).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Mediator.IMessage).IsAssignableFrom(t))
        .GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public static bool AppliesTo(Endpoint endpoint) => Decided.GetOrAdd(endpoint, e => AppliesTo(e.Metadata));

    public static bool AppliesTo(IEnumerable<object> metadata)
    {
        if (!metadata.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Post, StringComparer.OrdinalIgnoreCase))) return false;
        if (metadata.OfType<IAllowAnonymous>().Any()) return false;
        var method = metadata.OfType<MethodInfo>().FirstOrDefault();
        if (method is not null && HandlesKeyItself(method)) return false;
        var candidates = new List<Type>();
        if (metadata.OfType<IEndpointNameMetadata>().FirstOrDefault() is { } name && RequestsByName.Value.TryGetValue(name.EndpointName, out var named)) candidates.Add(named);
        if (method is not null) candidates.AddRange(method.GetParameters().Select(p => p.ParameterType));
        return candidates.SelectMany(t => t.GetCustomAttributes<RequiresPermissionAttribute>())
            .Any(a => ApiPermissions.Value.Contains(a.Permission));
    }

    /// <summary>An endpoint that binds the header itself keeps its own handling (the reception tally, whose answer says "replayed").</summary>
    public static bool HandlesKeyItself(MethodInfo method) =>
        method.GetParameters().Any(p => p.GetCustomAttribute<FromHeaderAttribute>()?.Name == IdempotencyFilter.Header);
}
