
namespace SocialWorkCloud.Application.Common.Endpoints;

/// <summary>
/// A feature area's routes under /api/v1. Each area keeps its group beside its use cases
/// (<c>Features/&lt;Area&gt;/&lt;X&gt;Endpoints.cs</c>); <see cref="EndpointGroups.MapApiV1"/> finds every group,
/// so adding an area touches no central list.
/// </summary>
public interface IEndpointGroup
{
    void Map(RouteGroupBuilder v1);
}

/// <summary>Names of the rate-limit policies endpoint groups may require; the host defines them.</summary>
public static class RateLimitPolicies
{
    public const string Auth = "auth";
}

public static class EndpointGroups
{
    /// <summary>The error answers every authenticated endpoint may give, documented once.</summary>
    public static RouteGroupBuilder WithStandardProblems(this RouteGroupBuilder group) => group
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Every endpoint group in the application, in a stable order (by name) so the OpenAPI document does not shuffle.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(IEndpointGroup).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.AddEndpointFilterFactory(QueryValues.RefuseNumericEnums);
        // Idempotency-Key on every POST an API client may call (IdempotentOperations picks them). Only POST endpoints get the
        // filter: on the others it would pass every request on, and any filter at all makes an endpoint run through the filter
        // pipeline (an invocation context and a boxed result per request, about 0.2 kB; issue 19).
        ((IEndpointConventionBuilder)v1).Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Post)))
            {
                endpoint.FilterFactories.Add(Idempotency.IdempotencyFilter.Create);
            }
        });
        foreach (var type in All)
        {
            var group = (IEndpointGroup)Activator.CreateInstance(type)!;
            group.Map(v1);
        }
        return app;
    }
}
