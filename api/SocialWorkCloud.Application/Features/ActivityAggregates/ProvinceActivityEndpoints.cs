using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;

namespace SocialWorkCloud.Application.Features.ActivityAggregates;

/// <summary>The province's aggregates of a year's activities and workforce per facility.</summary>
public sealed class ProvinceActivityEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/provinces/{provinceId:guid}/activities", GetProvinceActivities).WithName(nameof(GetProvinceActivities))
            .WithTags("Province").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A year's activities and workforce per facility of a province: reception, communication, charity, staff, certificates, training shares (figures only)");
    }

    /// <param name="year">The year (default: this year).</param>
    public static ValueTask<Ok<ProvinceActivities>> GetProvinceActivities(Guid provinceId, int? year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvinceActivities(provinceId, year), ct);
}
