using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Features.Consents;

namespace SocialWorkCloud.Application.Features.Counselling;

public sealed class CounsellingEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var sessions = v1.MapGroup("/counselling-sessions").WithTags("Counselling").RequireAuthorization().WithStandardProblems();
        sessions.MapGet("", ListCounsellingSessions).WithName(nameof(ListCounsellingSessions)).WithSummary("Counselling sessions, latest first (at most 500): one client's, or the facility's in a date range");
        sessions.MapPost("", RecordCounsellingSession).WithName(nameof(RecordCounsellingSession))
            .WithSummary("Log a counselling session (client or relative; distress 0–10 before and after)").ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var consents = v1.MapGroup("/clients/{clientId:guid}/consents").WithTags("Consents").RequireAuthorization().WithStandardProblems();
        consents.MapPost("", RecordConsent).WithName(nameof(RecordConsent)).WithSummary("Record a consent for one purpose, by the client or a guardian").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        consents.MapPost("/{consentId:guid}/withdraw", WithdrawConsent).WithName(nameof(WithdrawConsent))
            .WithSummary("Withdraw a consent from a date; the record stays").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <param name="clientId">Only this client's sessions.</param>
    /// <param name="from">Sessions held on or after this date (yyyy-MM-dd).</param>
    /// <param name="to">Sessions held on or before this date (yyyy-MM-dd).</param>
    public static ValueTask<Ok<IReadOnlyList<CounsellingSessionDto>>> ListCounsellingSessions(
        Guid? clientId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCounsellingSessions(clientId, from, to), ct);

    public static async Task<Created<CounsellingSessionDto>> RecordCounsellingSession(RecordCounsellingSession request, IMediator mediator, CancellationToken ct)
    {
        var session = await mediator.Send(request, ct);
        return TypedResults.Created("/api/v1/counselling-sessions", session);
    }

    public static async Task<Created<ConsentDto>> RecordConsent(Guid clientId, RecordConsent request, IMediator mediator, CancellationToken ct)
    {
        var consent = await mediator.Send(request with { ClientId = clientId }, ct);
        return TypedResults.Created($"/api/v1/clients/{clientId}", consent);
    }

    public static ValueTask<Ok<ConsentDto>> WithdrawConsent(Guid clientId, Guid consentId, WithdrawConsent request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { ClientId = clientId, ConsentId = consentId }, ct);
}
