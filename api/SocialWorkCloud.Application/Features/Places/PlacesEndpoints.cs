using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;

namespace SocialWorkCloud.Application.Features.Places;

public sealed class PlacesEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var places = v1.MapGroup("/places").WithTags("Places").RequireAuthorization().WithStandardProblems();
        places.MapGet("/provinces", ListPlaceProvinces).WithName(nameof(ListPlaceProvinces))
            .WithSummary("The 34 provinces of the 2025 reform with the statistics office's codes");
        places.MapGet("/communes", ListPlaceCommunes).WithName(nameof(ListPlaceCommunes))
            .WithSummary("Communes, wards and special zones of a province; the search ignores accents (\"ham rong\" finds \"Hàm Rồng\")");
    }

    public static ValueTask<Ok<IReadOnlyList<PlaceProvinceDto>>> ListPlaceProvinces(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListPlaceProvinces(), ct);

    /// <param name="province">The province's two-digit code ("38").</param>
    /// <param name="search">Part of the name, with or without accents, or the exact code.</param>
    /// <param name="limit">At most this many (1–500, default 500).</param>
    public static ValueTask<Ok<IReadOnlyList<PlaceCommuneDto>>> ListPlaceCommunes(string? province, string? search, int? limit, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListPlaceCommunes(province, search, limit ?? 500), ct);
}
