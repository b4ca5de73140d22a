using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

public sealed class KpiEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var kpis = v1.MapGroup("/").WithTags("KPIs").RequireAuthorization().WithStandardProblems();
        kpis.MapGet("/provinces/{provinceId:guid}/kpis", GetProvinceKpis).WithName(nameof(GetProvinceKpis))
            .WithSummary("A province's KPIs as of a date (asOf=yyyy-MM-dd, default today), with the first facilities that pull each share down (laggardLimit, default 20, at most 200) and their count");
        kpis.MapGet("/provinces/{provinceId:guid}/kpis/laggards", ListKpiLaggards).WithName(nameof(ListKpiLaggards))
            .WithSummary("All facilities that pull one indicator's share down as of a date, paged (page from 1, pageSize up to 200), in Vietnamese name order; search ignores accents");
        kpis.MapGet("/provinces/{provinceId:guid}/kpis/map", GetProvinceMap).WithName(nameof(GetProvinceMap))
            .WithSummary("The province's communes (official 2025 list) with their operating facilities, each facility's unit status and whether it counts toward its KPI as of a date");
        kpis.MapGet("/provinces/{provinceId:guid}/kpis/trend", GetKpiTrend).WithName(nameof(GetKpiTrend))
            .WithSummary("Stored KPI snapshots over time, with the yearly preventive targets");
        kpis.MapPost("/provinces/{provinceId:guid}/kpis/recompute", RequestKpiRecompute).WithName(nameof(RequestKpiRecompute))
            .WithSummary("Queue a background recomputation; follow it at the returned run's URL");
        kpis.MapGet("/provinces/{provinceId:guid}/kpis/runs/{runId:guid}", GetKpiRun).WithName(nameof(GetKpiRun))
            .WithSummary("A recomputation's status and progress");
        kpis.MapGet("/provinces/{provinceId:guid}/kpis/status-hints", ListStatusHints).WithName(nameof(ListStatusHints))
            .WithSummary("The facilities whose records (social-work staff, activities in the last 12 months) contradict their declared unit status; a hint, never a change");
        kpis.MapGet("/facilities/{facilityId:guid}/kpis/status-hint", GetFacilityStatusHint).WithName(nameof(GetFacilityStatusHint))
            .WithSummary("Whether this facility's records contradict its declared unit status (hint is null when they agree)");
        kpis.MapGet("/facilities/{facilityId:guid}/kpis", GetFacilityKpis).WithName(nameof(GetFacilityKpis))
            .WithSummary("Where one facility stands as of a date");
    }

    public static ValueTask<Ok<ProvinceKpis>> GetProvinceKpis(Guid provinceId, DateOnly? asOf, int? laggardLimit, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvinceKpis(provinceId, asOf, laggardLimit ?? Kpis.GetProvinceKpis.DefaultLaggardLimit), ct);

    public static ValueTask<Ok<PagedList<KpiLaggard>>> ListKpiLaggards(
        Guid provinceId, KpiIndicator indicator, DateOnly? asOf, string? search, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListKpiLaggards(provinceId, indicator, asOf, search, page ?? 1, pageSize ?? 25), ct);

    public static ValueTask<Ok<ProvinceMap>> GetProvinceMap(Guid provinceId, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvinceMap(provinceId, asOf), ct);

    public static ValueTask<Ok<KpiTrend>> GetKpiTrend(Guid provinceId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetKpiTrend(provinceId, from, to), ct);

    public static async Task<Accepted<KpiRunDto>> RequestKpiRecompute(Guid provinceId, RecomputeBody? body, IMediator mediator, CancellationToken ct)
    {
        var run = await mediator.Send(new RequestKpiRecompute(provinceId, body?.AsOf), ct);
        return TypedResults.Accepted($"/api/v1/provinces/{provinceId}/kpis/runs/{run.Id}", run);
    }

    public static ValueTask<Ok<KpiRunDto>> GetKpiRun(Guid provinceId, Guid runId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetKpiRun(provinceId, runId), ct);

    public static ValueTask<Ok<PagedList<UnitStatusHint>>> ListStatusHints(Guid provinceId, DateOnly? asOf, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListStatusHints(provinceId, asOf, page ?? 1, pageSize ?? 25), ct);

    public static ValueTask<Ok<FacilityStatusHint>> GetFacilityStatusHint(Guid facilityId, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetFacilityStatusHint(facilityId, asOf), ct);

    public static ValueTask<Ok<FacilityKpis>> GetFacilityKpis(Guid facilityId, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetFacilityKpis(facilityId, asOf), ct);
}

/// <param name="AsOf">The date to compute as of (yyyy-MM-dd); today when omitted.</param>
public sealed record RecomputeBody(DateOnly? AsOf);
