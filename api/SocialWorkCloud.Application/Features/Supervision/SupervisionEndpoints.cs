using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

public sealed class SupervisionEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/supervision").WithTags("Supervision").RequireAuthorization().WithStandardProblems();
        group.MapGet("/overview", GetSupervisionOverview).WithName(nameof(GetSupervisionOverview))
            .WithSummary("Per facility: visits, last and next visit, recommendations open, overdue and awaiting review")
            .WithDescription("A province officer sees every facility of the province; a facility user sees its own row.");
        group.MapGet("/visits", ListSupervisionVisits).WithName(nameof(ListSupervisionVisits))
            .WithSummary("Supervision visits: the facility's own, or the province's facilities'");
        group.MapPost("/visits", PlanSupervisionVisit).WithName(nameof(PlanSupervisionVisit))
            .WithSummary("Plan a visit to a facility of the province (province officer)");
        group.MapGet("/visits/{visitId:guid}", GetSupervisionVisit).WithName(nameof(GetSupervisionVisit))
            .WithSummary("A visit with its team, findings and recommendations, each with its follow-up history");
        group.MapPut("/visits/{visitId:guid}", UpdateSupervisionVisit).WithName(nameof(UpdateSupervisionVisit))
            .WithSummary("Record the visit: date conducted, scope, team, findings; send the version you read (409 when stale)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/visits/{visitId:guid}/recommendations", AddRecommendation).WithName(nameof(AddRecommendation))
            .WithSummary("Add a recommendation (kiến nghị) with its due date to a visit not yet closed")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/visits/{visitId:guid}/close", CloseSupervisionVisit).WithName(nameof(CloseSupervisionVisit))
            .WithSummary("Close a conducted visit: its findings and recommendations become final and the facility follows up")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/recommendations", ListOpenRecommendations).WithName(nameof(ListOpenRecommendations))
            .WithSummary("Recommendations not yet settled (open, in progress, awaiting review), with the overdue flag as of a date");
        group.MapDelete("/recommendations/{recommendationId:guid}", RemoveRecommendation).WithName(nameof(RemoveRecommendation))
            .WithSummary("Remove a recommendation of a visit not yet closed (province officer)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/recommendations/{recommendationId:guid}/follow-ups", RecordFollowUp).WithName(nameof(RecordFollowUp))
            .WithSummary("The visited facility records its follow-up: in progress, done, or not feasible with the reason (kept append-only)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/recommendations/{recommendationId:guid}/review", ReviewFollowUp).WithName(nameof(ReviewFollowUp))
            .WithSummary("The province officer accepts a done / not-feasible follow-up or reopens it with a comment")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <param name="asOf">The day a recommendation past its due date counts as overdue (default: today in Vietnam).</param>
    public static ValueTask<Ok<SupervisionOverview>> GetSupervisionOverview(DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetSupervisionOverview(asOf), ct);

    /// <param name="facilityId">Only the visits to this facility.</param>
    /// <param name="year">Only the visits conducted (or planned) in this year.</param>
    /// <param name="status">Only visits in this state.</param>
    public static ValueTask<Ok<IReadOnlyList<VisitSummaryDto>>> ListSupervisionVisits(
        Guid? facilityId, int? year, VisitStatus? status, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListSupervisionVisits(facilityId, year, status), ct);

    public static async Task<Created<VisitDto>> PlanSupervisionVisit(PlanSupervisionVisit request, IMediator mediator, CancellationToken ct)
    {
        var visit = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/supervision/visits/{visit.Id}", visit);
    }

    public static ValueTask<Ok<VisitDto>> GetSupervisionVisit(Guid visitId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetSupervisionVisit(visitId), ct);

    public static ValueTask<Ok<VisitDto>> UpdateSupervisionVisit(Guid visitId, UpdateSupervisionVisit request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { VisitId = visitId }, ct);

    public static ValueTask<Ok<VisitDto>> AddRecommendation(Guid visitId, AddRecommendation request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { VisitId = visitId }, ct);

    public static ValueTask<Ok<VisitDto>> CloseSupervisionVisit(Guid visitId, CloseSupervisionVisit request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { VisitId = visitId }, ct);

    /// <param name="facilityId">Only this facility's recommendations.</param>
    /// <param name="asOf">The day for the overdue flag (default: today in Vietnam).</param>
    /// <param name="overdueOnly">Only recommendations past their due date and not done.</param>
    public static ValueTask<Ok<IReadOnlyList<OpenRecommendationDto>>> ListOpenRecommendations(
        Guid? facilityId, DateOnly? asOf, bool? overdueOnly, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListOpenRecommendations(facilityId, asOf, overdueOnly ?? false), ct);

    public static ValueTask<Ok<VisitDto>> RemoveRecommendation(Guid recommendationId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new RemoveRecommendation(recommendationId), ct);

    public static ValueTask<Ok<VisitDto>> RecordFollowUp(Guid recommendationId, RecordFollowUp request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { RecommendationId = recommendationId }, ct);

    public static ValueTask<Ok<VisitDto>> ReviewFollowUp(Guid recommendationId, ReviewFollowUp request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { RecommendationId = recommendationId }, ct);
}
