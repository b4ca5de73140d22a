using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialWorkCloud.Application.Features.Provinces;

public sealed class ProvinceEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var provinces = v1.MapGroup("/provinces").WithTags("Provinces").RequireAuthorization().WithStandardProblems();
        provinces.MapGet("", ListProvinces).WithName(nameof(ListProvinces)).WithSummary("Provinces the caller may see, with facility counts per group");
        provinces.MapGet("/{provinceId:guid}", GetProvince).WithName(nameof(GetProvince)).WithSummary("One province");
        provinces.MapPost("", CreateProvince).WithName(nameof(CreateProvince)).WithSummary("Onboard a province (platform admin)")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static ValueTask<Ok<IReadOnlyList<ProvinceSummary>>> ListProvinces(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListProvinces(), ct);

    public static ValueTask<Ok<ProvinceSummary>> GetProvince(Guid provinceId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetProvince(provinceId), ct);

    public static async Task<Created<ProvinceSummary>> CreateProvince(CreateProvince request, IMediator mediator, CancellationToken ct)
    {
        var province = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/provinces/{province.Id}", province);
    }
}
