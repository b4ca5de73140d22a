using System.Net;
using System.Text.Json.Nodes;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>A request that another tenant's caller makes to a route with an id.</summary>
/// <param name="Actor">Who calls: a user email, or "client:" + an API client id.</param>
/// <param name="Expected">404 by default; 403 only where the actor lacks the permission for any record.</param>
public sealed record IsolationProbe(string Actor, string Url, object? Body = null, HttpStatusCode Expected = HttpStatusCode.NotFound);

/// <summary>Route ("METHOD /api/v1/…" as the endpoint data source spells it) → the probes for it.</summary>
public sealed class IsolationProbeDictionary : Dictionary<string, Func<TestWorld, IsolationProbe[]>>;

/// <summary>
/// An area's tenant-isolation probes, declared next to the area's tests and collected by
/// <see cref="Architecture.EndpointTenantIsolationTests"/>, which fails for any route with an id that no area probes.
/// </summary>
public interface IIsolationProbes
{
    IsolationProbeDictionary Probes { get; }
}

/// <summary>A JSON write endpoint to be fed bad input.</summary>
/// <param name="Actor">A user allowed to call the endpoint with a valid body.</param>
/// <param name="ValidBody">A body that would succeed (or fail only on a business rule), to be broken field by field.</param>
/// <param name="TextField">A string field to oversize.</param>
/// <param name="EnumField">An enum field to set to an unknown value, if any.</param>
/// <param name="TypedField">A non-string field to give a string.</param>
public sealed record BadInputCase(string Actor, string Url, Func<JsonObject> ValidBody, string TextField, string? EnumField, string TypedField);

/// <summary>Route ("METHOD /api/v1/…") → its bad-input case.</summary>
public sealed class BadInputCaseDictionary : Dictionary<string, Func<TestWorld, BadInputCase>>;

/// <summary>
/// An area's bad-input cases, declared next to the area's tests and collected by
/// <see cref="BadInput.WriteEndpointBadInputTests"/>, which fails for any JSON write endpoint that no area covers.
/// </summary>
public interface IBadInputCases
{
    BadInputCaseDictionary Cases { get; }
}

/// <summary>Collects what the areas declare, by reflection over this test assembly.</summary>
public static class RouteGuards
{
    public static IReadOnlyDictionary<string, Func<TestWorld, IsolationProbe[]>> IsolationProbes { get; } =
        Collect<IIsolationProbes, Func<TestWorld, IsolationProbe[]>>(d => d.Probes);

    public static IReadOnlyDictionary<string, Func<TestWorld, BadInputCase>> BadInputCases { get; } =
        Collect<IBadInputCases, Func<TestWorld, BadInputCase>>(d => d.Cases);

    /// <summary>The types that declare <typeparamref name="TDeclaring"/>, for the reports of the guard tests.</summary>
    public static IReadOnlyList<Type> Declaring<TDeclaring>() =>
        [.. typeof(RouteGuards).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TDeclaring).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Routes with no declaration (the guard's failure) — a pure function, so the guard itself can be tested.</summary>
    public static List<string> Undeclared(IEnumerable<string> routes, IEnumerable<string> declared, IEnumerable<string>? exempt = null)
    {
        var known = declared.Concat(exempt ?? []).ToHashSet(StringComparer.Ordinal);
        return [.. routes.Where(r => !known.Contains(r))];
    }

    private static Dictionary<string, TValue> Collect<TDeclaring, TValue>(Func<TDeclaring, IEnumerable<KeyValuePair<string, TValue>>> read)
    {
        var all = new Dictionary<string, TValue>(StringComparer.Ordinal);
        var owner = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in Declaring<TDeclaring>())
        {
            var declaring = (TDeclaring)Activator.CreateInstance(type)!;
            foreach (var (route, value) in read(declaring))
            {
                if (owner.TryGetValue(route, out var first))
                {
                    throw new InvalidOperationException($"{route} is declared twice, by {first.Name} and by {type.Name}: one area owns a route.");
                }
                owner[route] = type;
                all[route] = value;
            }
        }
        return all;
    }
}

/// <summary>
/// Records an area arranges once per database for its guards and tests (beside the shared provinces,
/// facilities, users and API clients of <see cref="TestWorld"/>). Found by reflection: a new area adds
/// its own class and touches no central list. Read one with <see cref="TestWorld.Area{T}"/>.
/// </summary>
public interface IAreaWorld
{
    Task ArrangeAsync(TestWorld world);
}
