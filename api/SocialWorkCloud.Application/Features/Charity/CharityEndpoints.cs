using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>Charity and community activities, one-off and recurring.</summary>
public sealed class CharityEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var charity = v1.MapGroup("/charity").WithTags("Charity").RequireAuthorization().WithStandardProblems();
        charity.MapGet("/activities", ListCharityActivities).WithName(nameof(ListCharityActivities))
            .WithSummary("Activities held: one-off and confirmed occurrences of schedules");
        charity.MapPost("/activities", CreateCharityActivity).WithName(nameof(CreateCharityActivity))
            .WithSummary("Record a one-off charity or community activity (optionally the donation distribution it handed out)");
        charity.MapGet("/summary", GetCharitySummary).WithName(nameof(GetCharitySummary))
            .WithSummary("Activities, beneficiaries and value per kind; occurrences still to confirm");
        charity.MapGet("/schedules", ListCharitySchedules).WithName(nameof(ListCharitySchedules))
            .WithSummary("Recurring activities with their occurrences still to confirm");
        charity.MapPost("/schedules", CreateCharitySchedule).WithName(nameof(CreateCharitySchedule))
            .WithSummary("Enter a recurring activity once: days of the month or a weekday");
        charity.MapGet("/schedules/{scheduleId:guid}/occurrences", ListCharityOccurrences).WithName(nameof(ListCharityOccurrences))
            .WithSummary("A schedule's occurrences generated from its rule, with their state");
        charity.MapPost("/schedules/{scheduleId:guid}/occurrences/{date}/confirm", ConfirmCharityOccurrence).WithName(nameof(ConfirmCharityOccurrence))
            .WithSummary("Confirm an occurrence (date yyyy-MM-dd) with the actual counts, or that it was not held")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <param name="kind">Only this kind.</param>
    /// <param name="from">From this date (yyyy-MM-dd).</param>
    /// <param name="to">Up to this date (yyyy-MM-dd).</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Rows per page, 1–200 (default 25).</param>
    public static ValueTask<Ok<PagedList<CharityActivityDto>>> ListCharityActivities(
        CharityKind? kind, DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCharityActivities(kind, from, to, page ?? 1, pageSize ?? 25), ct);

    public static async Task<Created<CharityActivityDto>> CreateCharityActivity(CreateCharityActivity request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created("/api/v1/charity/activities", await mediator.Send(request, ct));

    /// <param name="from">From this date (default: 1 January of this year).</param>
    /// <param name="to">Up to this date (default: 31 December of this year).</param>
    public static ValueTask<Ok<CharitySummary>> GetCharitySummary(DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetCharitySummary(from, to), ct);

    public static ValueTask<Ok<IReadOnlyList<CharityScheduleDto>>> ListCharitySchedules(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCharitySchedules(), ct);

    public static async Task<Created<CharityScheduleDto>> CreateCharitySchedule(CreateCharitySchedule request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created("/api/v1/charity/schedules", await mediator.Send(request, ct));

    /// <param name="from">From this date (default: the schedule's start).</param>
    /// <param name="to">Up to this date (default: 60 days ahead).</param>
    public static ValueTask<Ok<IReadOnlyList<CharityOccurrence>>> ListCharityOccurrences(
        Guid scheduleId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListCharityOccurrences(scheduleId, from, to), ct);

    public static async Task<Created<CharityActivityDto>> ConfirmCharityOccurrence(
        Guid scheduleId, DateOnly date, ConfirmCharityOccurrence request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Created("/api/v1/charity/activities", await mediator.Send(request with { ScheduleId = scheduleId, Date = date }, ct));
}
