using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Features.Consents;

namespace SocialWorkCloud.Application.Features.PersonalData;

/// <summary>The data subject's rights (Law 91/2025), all for the unit head: legal grounds, requests, export, restriction, pseudonymisation, erasure, retention.</summary>
public sealed class PersonalDataEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var clients = v1.MapGroup("/clients/{clientId:guid}").WithTags("PersonalData").RequireAuthorization().WithStandardProblems();
        clients.MapPost("/consents/{consentId:guid}/legal-ground", RecordLegalGround).WithName(nameof(RecordLegalGround))
            .WithSummary("The unit head records the legal ground for processing on after this consent was withdrawn (audited)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        clients.MapGet("/data-requests", ListClientDataRequests).WithName(nameof(ListClientDataRequests))
            .WithSummary("The client's data-subject requests with their due dates and status");
        clients.MapPost("/data-requests", ReceiveDataSubjectRequest).WithName(nameof(ReceiveDataSubjectRequest))
            .WithSummary("Record a data-subject request (access, correction, restriction, deletion) with the date received; the due date follows (audited)");
        clients.MapGet("/personal-data-export", ExportClientData).WithName(nameof(ExportClientData))
            .WithSummary("Everything held about the client as a zip of JSON files and a PDF summary (audited)").ProducesFile("application/zip");
        clients.MapPost("/restriction", RestrictClient).WithName(nameof(RestrictClient))
            .WithSummary("Restrict processing: the record becomes read-only and leaves lists and search (audited)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        clients.MapDelete("/restriction", LiftClientRestriction).WithName(nameof(LiftClientRestriction))
            .WithSummary("Lift the restriction (audited)").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        clients.MapPost("/pseudonymisation", PseudonymiseClient).WithName(nameof(PseudonymiseClient))
            .WithSummary("Replace the client's identifiers and clear the search keys; records and figures stay (audited)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        clients.MapDelete("", EraseClient).WithName(nameof(EraseClient))
            .WithSummary("Delete the client where no law keeps the records; 422 naming the records kept otherwise (pseudonymise instead) (audited)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var requests = v1.MapGroup("/data-requests").WithTags("PersonalData").RequireAuthorization().WithStandardProblems();
        requests.MapGet("", ListDataRequests).WithName(nameof(ListDataRequests))
            .WithSummary("The facility's data-subject requests, soonest due first, overdue ones flagged");
        requests.MapPost("/{requestId:guid}/close", CloseDataSubjectRequest).WithName(nameof(CloseDataSubjectRequest))
            .WithSummary("Close a request as completed or refused (a refusal says why); send the version you read (audited)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        v1.MapGroup("/retention").WithTags("PersonalData").RequireAuthorization().WithStandardProblems()
            .MapGet("/due", ListRetentionDue).WithName(nameof(ListRetentionDue))
            .WithSummary("Records past their retention period, as the last monthly review listed them (nothing is deleted automatically)");
    }

    public static ValueTask<Ok<ConsentDto>> RecordLegalGround(Guid clientId, Guid consentId, RecordLegalGround request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { ClientId = clientId, ConsentId = consentId }, ct);

    public static ValueTask<Ok<IReadOnlyList<DataSubjectRequestDto>>> ListClientDataRequests(Guid clientId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListClientDataRequests(clientId), ct);

    public static async Task<Created<DataSubjectRequestDto>> ReceiveDataSubjectRequest(Guid clientId, ReceiveDataSubjectRequest request, IMediator mediator, CancellationToken ct)
    {
        var received = await mediator.Send(request with { ClientId = clientId }, ct);
        return TypedResults.Created($"/api/v1/clients/{clientId}/data-requests", received);
    }

    public static async Task<FileContentHttpResult> ExportClientData(Guid clientId, IMediator mediator, CancellationToken ct)
    {
        var file = await mediator.Send(new ExportClientData(clientId), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    public static ValueTask<Ok<ClientDataRightsResult>> RestrictClient(Guid clientId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new RestrictClient(clientId), ct);

    public static ValueTask<Ok<ClientDataRightsResult>> LiftClientRestriction(Guid clientId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new LiftClientRestriction(clientId), ct);

    public static ValueTask<Ok<ClientDataRightsResult>> PseudonymiseClient(Guid clientId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new PseudonymiseClient(clientId), ct);

    public static ValueTask<Ok<ClientDataRightsResult>> EraseClient(Guid clientId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new EraseClient(clientId), ct);

    /// <param name="openOnly">Only requests not yet closed (default true).</param>
    public static ValueTask<Ok<IReadOnlyList<DataSubjectRequestDto>>> ListDataRequests(bool? openOnly, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListDataRequests(openOnly ?? true), ct);

    public static ValueTask<Ok<DataSubjectRequestDto>> CloseDataSubjectRequest(Guid requestId, CloseDataSubjectRequest request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { RequestId = requestId }, ct);

    public static ValueTask<Ok<IReadOnlyList<RetentionDueItemDto>>> ListRetentionDue(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListRetentionDue(), ct);
}
