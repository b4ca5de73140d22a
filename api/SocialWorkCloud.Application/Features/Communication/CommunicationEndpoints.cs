using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Features.Reception;
using SocialWorkCloud.Domain.Communication;

namespace SocialWorkCloud.Application.Features.Communication;

/// <summary>Communication: broadcasts, articles, posts, direct sessions and their counts.</summary>
public sealed class CommunicationEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var communication = v1.MapGroup("/communication").WithTags("Communication").RequireAuthorization().WithStandardProblems();
        communication.MapGet("/items", ListCommunicationItems).WithName(nameof(ListCommunicationItems))
            .WithSummary("Communication items, newest first, by channel and dates");
        communication.MapPost("/items", CreateCommunicationItem).WithName(nameof(CreateCommunicationItem))
            .WithSummary("Record a broadcast, article, post, direct session or printed material");
        communication.MapGet("/counts", GetCommunicationCounts).WithName(nameof(GetCommunicationCounts))
            .WithSummary("Items and audience per channel and month or year");
    }

    /// <param name="channel">Only this channel.</param>
    /// <param name="from">From this date (yyyy-MM-dd).</param>
    /// <param name="to">Up to this date (yyyy-MM-dd).</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1–200 (default 25).</param>
    /// <param name="massMedia">Only the items carried by the mass media (press, radio, TV).</param>
    public static ValueTask<Ok<PagedList<CommunicationItemDto>>> ListCommunicationItems(
        CommunicationChannel? channel, DateOnly? from, DateOnly? to, int? page, int? pageSize, bool? massMedia, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCommunicationItems(channel, from, to, page ?? 1, pageSize ?? 25, massMedia ?? false), ct);

    public static async Task<Created<CommunicationItemDto>> CreateCommunicationItem(CreateCommunicationItem request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created("/api/v1/communication/items", await mediator.Send(request, ct));

    /// <param name="granularity">Day, Month or Year.</param>
    /// <param name="from">First day (yyyy-MM-dd).</param>
    /// <param name="to">Last day (yyyy-MM-dd).</param>
    public static ValueTask<Ok<CommunicationCounts>> GetCommunicationCounts(
        CountGranularity granularity, DateOnly from, DateOnly to, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetCommunicationCounts(granularity, from, to), ct);
}
