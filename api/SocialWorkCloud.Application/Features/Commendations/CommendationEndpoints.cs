using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Features.Commendations;

public sealed class CommendationEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/commendations").WithTags("Commendations").RequireAuthorization().WithStandardProblems();
        group.MapGet("/nominations", ListNominations).WithName(nameof(ListNominations))
            .WithSummary("Nominations and awards (thi đua, khen thưởng): the facility's own, or the submitted ones of the province's facilities")
            .WithDescription("With status=Awarded this is the record of awards per facility and per person (search by name, accents ignored).");
        group.MapPost("/nominations", CreateNomination).WithName(nameof(CreateNomination))
            .WithSummary("Draft a nomination of the unit or a person for a year (unit head)");
        group.MapGet("/nominations/{nominationId:guid}", GetNomination).WithName(nameof(GetNomination))
            .WithSummary("One nomination with its decision");
        group.MapPut("/nominations/{nominationId:guid}", UpdateNomination).WithName(nameof(UpdateNomination))
            .WithSummary("Edit a draft nomination; send the version you read (409 when stale, 422 once submitted)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/nominations/{nominationId:guid}", DeleteNomination).WithName(nameof(DeleteNomination))
            .WithSummary("Discard a draft nomination").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/nominations/{nominationId:guid}/submit", SubmitNomination).WithName(nameof(SubmitNomination))
            .WithSummary("Submit a draft nomination to the Health Department")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/nominations/{nominationId:guid}/decision", DecideNomination).WithName(nameof(DecideNomination))
            .WithSummary("Decide a submitted nomination: awarded (decision number and date) or not (reason); final, one per nomination (province officer)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <param name="year">The emulation year.</param>
    /// <param name="facilityId">Only this facility's nominations.</param>
    /// <param name="status">Draft, Submitted (awaiting decision), Awarded or NotAwarded.</param>
    /// <param name="search">Part of the nominee's name; accents and case are ignored.</param>
    public static ValueTask<Ok<IReadOnlyList<NominationDto>>> ListNominations(
        int? year, Guid? facilityId, NominationStatus? status, string? search, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListNominations(year, facilityId, status, search), ct);

    public static async Task<Created<NominationDto>> CreateNomination(CreateNomination request, IMediator mediator, CancellationToken ct)
    {
        var nomination = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/commendations/nominations/{nomination.Id}", nomination);
    }

    public static ValueTask<Ok<NominationDto>> GetNomination(Guid nominationId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetNomination(nominationId), ct);

    public static ValueTask<Ok<NominationDto>> UpdateNomination(Guid nominationId, UpdateNomination request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { NominationId = nominationId }, ct);

    public static async Task<NoContent> DeleteNomination(Guid nominationId, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteNomination(nominationId), ct);
        return TypedResults.NoContent();
    }

    public static ValueTask<Ok<NominationDto>> SubmitNomination(Guid nominationId, SubmitNomination request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { NominationId = nominationId }, ct);

    public static ValueTask<Ok<NominationDto>> DecideNomination(Guid nominationId, DecideNomination request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { NominationId = nominationId }, ct);
}
