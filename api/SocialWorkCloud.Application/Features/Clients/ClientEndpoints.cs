using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.Clients;

public sealed class ClientEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var clients = v1.MapGroup("/clients").WithTags("Clients").RequireAuthorization().WithStandardProblems();
        clients.MapGet("", ListClients).WithName(nameof(ListClients))
            .WithSummary("The facility's clients: search by name from its start or by the given name (accents ignored), or by an identifier; CCCD and phone masked");
        clients.MapGet("/{clientId:guid}", GetClient).WithName(nameof(GetClient))
            .WithSummary("A client's page; full identifiers for callers allowed to see them (each such view is audited)");
        clients.MapPost("", CreateClient).WithName(nameof(CreateClient))
            .WithSummary("Register a client; 409 with the likely duplicates (property 'matches') unless createAnyway is true")
            .ProducesProblem(StatusCodes.Status409Conflict);
        clients.MapPut("/{clientId:guid}", UpdateClient).WithName(nameof(UpdateClient))
            .WithSummary("Correct a client's record; send the version you read. 409 with 'matches' when the new details are another client's, unless saveAnyway is true")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        clients.MapPost("/{clientId:guid}/merge", MergeClients).WithName(nameof(MergeClients))
            .WithSummary("Merge a duplicate into this client, keeping every history (unit head)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <param name="search">Name (from its start, or the given name) or an identifier; accents and case ignored.</param>
    /// <param name="vulnerability">Only clients in this category.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1–200 (default 25).</param>
    public static ValueTask<Ok<ClientPage>> ListClients(
        string? search, Vulnerability? vulnerability, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListClients(search, vulnerability, page ?? 1, pageSize ?? 25), ct);

    public static ValueTask<Ok<ClientDetail>> GetClient(Guid clientId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetClient(clientId), ct);

    public static async Task<Created<ClientDetail>> CreateClient(CreateClient request, IMediator mediator, CancellationToken ct)
    {
        var client = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/clients/{client.Id}", client);
    }

    public static ValueTask<Ok<ClientDetail>> UpdateClient(Guid clientId, UpdateClient request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { ClientId = clientId }, ct);

    public static ValueTask<Ok<ClientDetail>> MergeClients(Guid clientId, MergeClients request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { ClientId = clientId }, ct);
}
