using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialWorkCloud.Application.Features.Targets;

public sealed class TargetEndpoints : IEndpointGroup
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Map(RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/").WithTags("Targets and plans").RequireAuthorization().WithStandardProblems();
        group.MapGet("/indicators", ListIndicators).WithName(nameof(ListIndicators))
            .WithSummary("The indicator catalogue: unit, direction, source records, facility groups and the national target of the year");

        group.MapGet("/provinces/{provinceId:guid}/targets", ListTargets).WithName(nameof(ListTargets))
            .WithSummary("The province's targets of a year (group targets and single-facility targets)");
        group.MapPost("/provinces/{provinceId:guid}/targets", CreateTarget).WithName(nameof(CreateTarget))
            .WithSummary("Set a target per indicator and year for a facility group or one facility (a facility's target overrides its group's)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/provinces/{provinceId:guid}/targets/{targetId:guid}", UpdateTarget).WithName(nameof(UpdateTarget))
            .WithSummary("Change a target's value; send the version you read (409 when stale)").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/provinces/{provinceId:guid}/targets/{targetId:guid}", DeleteTarget).WithName(nameof(DeleteTarget))
            .WithSummary("Remove a target (the group's or the national target applies again)").ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/provinces/{provinceId:guid}/progress", GetProvinceProgress).WithName(nameof(GetProvinceProgress))
            .WithSummary("Every indicator for every facility of the province as of a date, against its target, with the state and province totals");
        group.MapGet("/provinces/{provinceId:guid}/progress/export", ExportProvinceProgress).WithName(nameof(ExportProvinceProgress))
            .WithSummary("The whole progress table as an Excel workbook").ProducesFile(FileResponses.Excel);
        group.MapGet("/facilities/{facilityId:guid}/progress", GetFacilityProgress).WithName(nameof(GetFacilityProgress))
            .WithSummary("One facility's indicators against its targets as of a date, its annual plan's targets, and optionally the month-end trend");

        // The year is a query/body value, not an id: a station only ever addresses its own screening.
        group.MapGet("/area-screening", GetAreaScreening).WithName(nameof(GetAreaScreening))
            .WithSummary("What the commune/ward station counted in its area for a year: children in special circumstances, people in hardship");
        group.MapPut("/area-screening", SaveAreaScreening).WithName(nameof(SaveAreaScreening))
            .WithSummary("Declare or correct the station's area figures of a year (the denominators of the ward plan's shares); send the version you read")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/plans", ListPlans).WithName(nameof(ListPlans)).WithSummary("The facility's annual plans");
        group.MapPost("/plans", CreatePlan).WithName(nameof(CreatePlan))
            .WithSummary("Draft the facility's annual social-work plan for a year (one per year)").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/plans/{planId:guid}", GetPlan).WithName(nameof(GetPlan)).WithSummary("An annual plan with its targets and planned activities");
        group.MapPut("/plans/{planId:guid}", UpdatePlan).WithName(nameof(UpdatePlan))
            .WithSummary("Replace a draft or returned plan's summary, targets and activities; send the version you read").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/plans/{planId:guid}/submit", SubmitPlan).WithName(nameof(SubmitPlan))
            .WithSummary("Submit the plan to the Health Department").ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/provinces/{provinceId:guid}/plans", ListProvincePlans).WithName(nameof(ListProvincePlans))
            .WithSummary("The annual plans the province's facilities submitted for a year");
        group.MapGet("/provinces/{provinceId:guid}/plans/{planId:guid}", GetProvincePlan).WithName(nameof(GetProvincePlan))
            .WithSummary("A submitted plan of a facility of the province");
        group.MapPost("/provinces/{provinceId:guid}/plans/{planId:guid}/review", ReviewPlan).WithName(nameof(ReviewPlan))
            .WithSummary("Acknowledge a submitted plan or return it with a comment").ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <param name="year">The year of the national targets shown (default this year).</param>
    public static ValueTask<Ok<IReadOnlyList<IndicatorDto>>> ListIndicators(int? year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListIndicators(year), ct);

    /// <param name="year">The year screened.</param>
    public static ValueTask<Ok<AreaScreeningDto>> GetAreaScreening(int year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetAreaScreening(year), ct);

    public static ValueTask<Ok<AreaScreeningDto>> SaveAreaScreening(SaveAreaScreening request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);

    /// <param name="year">The targets' year (default this year).</param>
    public static ValueTask<Ok<IReadOnlyList<TargetDto>>> ListTargets(Guid provinceId, int? year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListTargets(provinceId, year), ct);

    public static async Task<Created<TargetDto>> CreateTarget(Guid provinceId, CreateTarget request, IMediator mediator, CancellationToken ct)
    {
        var target = await mediator.Send(request with { ProvinceId = provinceId }, ct);
        return TypedResults.Created($"/api/v1/provinces/{provinceId}/targets/{target.Id}", target);
    }

    public static ValueTask<Ok<TargetDto>> UpdateTarget(Guid provinceId, Guid targetId, UpdateTarget request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { ProvinceId = provinceId, TargetId = targetId }, ct);

    /// <param name="version">The version you read.</param>
    public static async Task<NoContent> DeleteTarget(Guid provinceId, Guid targetId, Guid version, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteTarget(provinceId, targetId, version), ct);
        return TypedResults.NoContent();
    }

    /// <param name="asOf">The date (yyyy-MM-dd), today when omitted; period indicators count from 1 January of its year.</param>
    public static ValueTask<Ok<ProvinceProgress>> GetProvinceProgress(Guid provinceId, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvinceProgress(provinceId, asOf), ct);

    /// <param name="asOf">The date (yyyy-MM-dd), today when omitted.</param>
    public static async Task<FileContentHttpResult> ExportProvinceProgress(Guid provinceId, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
        TypedResults.File(await mediator.Send(new ExportProvinceProgress(provinceId, asOf), ct), ExcelContentType, "chi-tieu-ctxh.xlsx");

    /// <param name="asOf">The date (yyyy-MM-dd), today when omitted.</param>
    /// <param name="trend">Also compute the month-end values of the year.</param>
    public static ValueTask<Ok<FacilityProgress>> GetFacilityProgress(Guid facilityId, DateOnly? asOf, bool? trend, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetFacilityProgress(facilityId, asOf, trend ?? false), ct);

    public static ValueTask<Ok<IReadOnlyList<PlanSummary>>> ListPlans(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListPlans(), ct);

    public static async Task<Created<PlanDto>> CreatePlan(CreatePlan request, IMediator mediator, CancellationToken ct)
    {
        var plan = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/plans/{plan.Id}", plan);
    }

    public static ValueTask<Ok<PlanDto>> GetPlan(Guid planId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetPlan(planId), ct);

    public static ValueTask<Ok<PlanDto>> UpdatePlan(Guid planId, UpdatePlan request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { PlanId = planId }, ct);

    public static ValueTask<Ok<PlanDto>> SubmitPlan(Guid planId, SubmitPlan request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { PlanId = planId }, ct);

    /// <param name="year">The plans' year (default this year).</param>
    public static ValueTask<Ok<IReadOnlyList<PlanSummary>>> ListProvincePlans(Guid provinceId, int? year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListProvincePlans(provinceId, year), ct);

    public static ValueTask<Ok<PlanDto>> GetProvincePlan(Guid provinceId, Guid planId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvincePlan(provinceId, planId), ct);

    public static ValueTask<Ok<PlanDto>> ReviewPlan(Guid provinceId, Guid planId, ReviewPlan request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { ProvinceId = provinceId, PlanId = planId }, ct);
}
