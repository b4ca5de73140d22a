using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Features.UnitHistory;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.Facilities;

public sealed class FacilityEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var facilities = v1.MapGroup("/facilities").WithTags("Facilities").RequireAuthorization().WithStandardProblems();
        facilities.MapGet("", ListFacilities).WithName(nameof(ListFacilities))
            .WithSummary("The facility registry: filter by province, type, group, current unit status; search ignores diacritics");
        facilities.MapGet("/{facilityId:guid}", GetFacility).WithName(nameof(GetFacility))
            .WithSummary("A facility's profile with its social-work unit's history");
        facilities.MapPost("", RegisterFacility).WithName(nameof(RegisterFacility))
            .WithSummary("Onboard a facility into a province (platform admin)").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        facilities.MapPut("/{facilityId:guid}", UpdateFacility).WithName(nameof(UpdateFacility))
            .WithSummary("Edit a facility's profile; send the version you read (409 when stale)").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        facilities.MapPost("/{facilityId:guid}/unit-history", RecordUnitStatusChange).WithName(nameof(RecordUnitStatusChange))
            .WithSummary("Record a change of the unit's status with its decision and effective date (facility admin)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        facilities.MapPost("/{facilityId:guid}/unit-history/{changeId:guid}/corrections", CorrectUnitStatusChange)
            .WithName(nameof(CorrectUnitStatusChange))
            .WithSummary("Correct or retract an entry of the unit's history; the original stays visible")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <param name="provinceId">Only this province (platform admins; others see their own scope anyway).</param>
    /// <param name="type">Facility type.</param>
    /// <param name="group">Curative, Preventive or CommuneStation.</param>
    /// <param name="unitStatus">The unit's status today.</param>
    /// <param name="search">Part of the name or code; accents and case are ignored ("Thanh Hoa" finds "Thanh Hóa").</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1–200 (default 25).</param>
    public static ValueTask<Ok<PagedList<FacilitySummary>>> ListFacilities(
        Guid? provinceId, FacilityType? type, FacilityGroup? group, UnitStatus? unitStatus, string? search, int? page, int? pageSize,
        IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListFacilities(provinceId, type, group, unitStatus, search, page ?? 1, pageSize ?? 25), ct);

    public static ValueTask<Ok<FacilityProfile>> GetFacility(Guid facilityId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetFacility(facilityId), ct);

    public static async Task<Created<FacilitySummary>> RegisterFacility(RegisterFacility request, IMediator mediator, CancellationToken ct)
    {
        var facility = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/facilities/{facility.Id}", facility);
    }

    public static ValueTask<Ok<FacilityProfile>> UpdateFacility(Guid facilityId, UpdateFacility request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { FacilityId = facilityId }, ct);

    public static async Task<Created<UnitStatusEntry>> RecordUnitStatusChange(Guid facilityId, RecordUnitStatusChange request, IMediator mediator, CancellationToken ct)
    {
        var entry = await mediator.Send(request with { FacilityId = facilityId }, ct);
        return TypedResults.Created($"/api/v1/facilities/{facilityId}", entry);
    }

    public static async Task<Created<UnitStatusEntry>> CorrectUnitStatusChange(
        Guid facilityId, Guid changeId, CorrectUnitStatusChange request, IMediator mediator, CancellationToken ct)
    {
        var entry = await mediator.Send(request with { FacilityId = facilityId, ChangeId = changeId }, ct);
        return TypedResults.Created($"/api/v1/facilities/{facilityId}", entry);
    }
}
