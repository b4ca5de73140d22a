using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>The facilities' five-year plans (2026–2030, 2031–2035 …) and the province's review of them, beside the annual plans.</summary>
public sealed class FiveYearPlanEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/").WithTags("Targets and plans").RequireAuthorization().WithStandardProblems();
        group.MapGet("/five-year-plans", ListFiveYearPlans).WithName(nameof(ListFiveYearPlans)).WithSummary("The facility's five-year plans");
        group.MapPost("/five-year-plans", CreateFiveYearPlan).WithName(nameof(CreateFiveYearPlan))
            .WithSummary("Draft the facility's five-year plan for a period (one per period) with its goals and yearly targets per indicator")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/five-year-plans/{planId:guid}", GetFiveYearPlan).WithName(nameof(GetFiveYearPlan))
            .WithSummary("A five-year plan with its goals and yearly targets");
        group.MapPut("/five-year-plans/{planId:guid}", UpdateFiveYearPlan).WithName(nameof(UpdateFiveYearPlan))
            .WithSummary("Replace a draft or returned five-year plan's goals and yearly targets; send the version you read")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/five-year-plans/{planId:guid}/submit", SubmitFiveYearPlan).WithName(nameof(SubmitFiveYearPlan))
            .WithSummary("Submit the five-year plan to the Health Department").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/provinces/{provinceId:guid}/five-year-plans", ListProvinceFiveYearPlans).WithName(nameof(ListProvinceFiveYearPlans))
            .WithSummary("The five-year plans the province's facilities submitted for a period (submitted or acknowledged)");
        group.MapGet("/provinces/{provinceId:guid}/five-year-plans/{planId:guid}", GetProvinceFiveYearPlan).WithName(nameof(GetProvinceFiveYearPlan))
            .WithSummary("A submitted or acknowledged five-year plan of a facility of the province");
        group.MapPost("/provinces/{provinceId:guid}/five-year-plans/{planId:guid}/review", ReviewFiveYearPlan).WithName(nameof(ReviewFiveYearPlan))
            .WithSummary("Acknowledge a submitted five-year plan or return it with a comment").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static ValueTask<Ok<IReadOnlyList<FiveYearPlanSummary>>> ListFiveYearPlans(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListFiveYearPlans(), ct);

    public static async Task<Created<FiveYearPlanDto>> CreateFiveYearPlan(CreateFiveYearPlan request, IMediator mediator, CancellationToken ct)
    {
        var plan = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/five-year-plans/{plan.Id}", plan);
    }

    public static ValueTask<Ok<FiveYearPlanDto>> GetFiveYearPlan(Guid planId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetFiveYearPlan(planId), ct);

    public static ValueTask<Ok<FiveYearPlanDto>> UpdateFiveYearPlan(Guid planId, UpdateFiveYearPlan request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { PlanId = planId }, ct);

    public static ValueTask<Ok<FiveYearPlanDto>> SubmitFiveYearPlan(Guid planId, SubmitFiveYearPlan request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { PlanId = planId }, ct);

    /// <param name="startYear">The period's first year, e.g. 2026 (default: the period of today).</param>
    public static ValueTask<Ok<IReadOnlyList<FiveYearPlanSummary>>> ListProvinceFiveYearPlans(Guid provinceId, int? startYear, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListProvinceFiveYearPlans(provinceId, startYear), ct);

    public static ValueTask<Ok<FiveYearPlanDto>> GetProvinceFiveYearPlan(Guid provinceId, Guid planId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvinceFiveYearPlan(provinceId, planId), ct);

    public static ValueTask<Ok<FiveYearPlanDto>> ReviewFiveYearPlan(Guid provinceId, Guid planId, ReviewFiveYearPlan request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { ProvinceId = provinceId, PlanId = planId }, ct);
}
