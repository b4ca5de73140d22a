using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialWorkCloud.Application.Features.ApiClients;

public sealed class ApiClientEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var clients = v1.MapGroup("/api-clients").WithTags("API clients").RequireAuthorization().WithStandardProblems();
        clients.MapGet("", ListApiClients).WithName(nameof(ListApiClients)).WithSummary("Third-party clients the caller administers");
        clients.MapPost("", CreateApiClient).WithName(nameof(CreateApiClient))
            .WithSummary("Register a third-party client; the secret is in this response only");
        clients.MapPost("/{apiClientId:guid}/revoke", RevokeApiClient).WithName(nameof(RevokeApiClient))
            .WithSummary("Revoke a client: its tokens stop working at once");
    }

    public static ValueTask<Ok<IReadOnlyList<ApiClientDto>>> ListApiClients(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListApiClients(), ct);

    public static async Task<Created<CreatedApiClient>> CreateApiClient(CreateApiClient request, IMediator mediator, CancellationToken ct)
    {
        var created = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/api-clients/{created.Client.Id}", created);
    }

    public static ValueTask<Ok<ApiClientDto>> RevokeApiClient(Guid apiClientId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new RevokeApiClient(apiClientId), ct);
}
