using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace SocialWorkCloud.Application.Common.Outbox;

/// <summary>
/// The outbox's message names and their handlers, discovered from the assemblies given (every
/// <see cref="IOutboxHandler{TMessage}"/> implementation). A message without a name or with two
/// handlers fails at start, not on the first dispatch.
/// </summary>
public sealed class OutboxRegistry
{
    private readonly FrozenDictionary<string, Route> _routes;

    private sealed record Route(Type Message, Type Handler, Func<IServiceProvider, string, string> Dispatch);

    public OutboxRegistry(IEnumerable<Assembly> assemblies)
    {
        var routes = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var (message, handler) in Discover(assemblies))
        {
            var name = NameOf(message);
            if (routes.TryGetValue(name, out var existing))
                throw new InvalidOperationException($"Outbox message '{name}' has two handlers: {existing.Handler} and {handler}.");
            var dispatch = DispatchMethod.MakeGenericMethod(message).CreateDelegate<Func<IServiceProvider, string, string>>();
            routes[name] = new Route(message, handler, dispatch);
        }
        _routes = routes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => _routes.Keys;

    /// <summary>Each (message type, handler type) implemented in the assemblies.</summary>
    public static IEnumerable<(Type Message, Type Handler)> Discover(IEnumerable<Assembly> assemblies) =>
        from assembly in assemblies
        from type in assembly.GetTypes()
        where type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IOutboxHandler<>)
        select (contract.GetGenericArguments()[0], type);

    /// <summary>The stable name of a message type (read from its attribute once per type: every publish asks it).</summary>
    public static string NameOf(Type message) => MessageNames.GetOrAdd(message, static m =>
        m.GetCustomAttribute<OutboxMessageTypeAttribute>()?.Name
        ?? throw new InvalidOperationException($"{m} needs an [OutboxMessageType(\"…\")] name to go through the outbox."));

    private static readonly ConcurrentDictionary<Type, string> MessageNames = new();

    /// <summary>Hands the stored message to its handler and returns the job id.</summary>
    public string Dispatch(IServiceProvider services, string name, string payload) =>
        _routes.TryGetValue(name, out var route)
            ? route.Dispatch(services, payload)
            : throw new InvalidOperationException($"No handler for outbox message '{name}'.");

    private static readonly MethodInfo DispatchMethod =
        typeof(OutboxRegistry).GetMethod(nameof(DispatchTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static string DispatchTyped<TMessage>(IServiceProvider services, string payload) where TMessage : IOutboxMessage
    {
        var message = JsonSerializer.Deserialize<TMessage>(payload, TransactionalOutbox.Json)
            ?? throw new InvalidOperationException($"Outbox message of type {typeof(TMessage)} has an empty payload.");
        return services.GetRequiredService<IOutboxHandler<TMessage>>().Dispatch(message);
    }
}
