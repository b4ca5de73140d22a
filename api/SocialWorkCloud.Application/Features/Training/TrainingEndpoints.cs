using SocialWorkCloud.Application.Common.Endpoints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SocialWorkCloud.Application.Features.Training;

public sealed class TrainingEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder v1)
    {
        var training = v1.MapGroup("/training").WithTags("Training").RequireAuthorization().WithStandardProblems();
        training.MapGet("/courses", ListTrainingCourses).WithName(nameof(ListTrainingCourses))
            .WithSummary("Courses, workshops and study visits, newest first");
        training.MapPost("/courses", CreateTrainingCourse).WithName(nameof(CreateTrainingCourse))
            .WithSummary("Record a course, workshop or study visit");
        training.MapGet("/courses/{courseId:guid}", GetTrainingCourse).WithName(nameof(GetTrainingCourse))
            .WithSummary("A course with its participants");
        training.MapPost("/courses/{courseId:guid}/participants", AddTrainingParticipants).WithName(nameof(AddTrainingParticipants))
            .WithSummary("Add participants: staff and collaborators by id, the facility's medical staff by name or headcount");
        training.MapGet("/figures", GetTrainingFigures).WithName(nameof(GetTrainingFigures))
            .WithSummary("A year's shares: medical staff trained, social-work staff certified, hours per person and who is below the threshold");
        training.MapGet("/settings", GetTrainingSettings).WithName(nameof(GetTrainingSettings))
            .WithSummary("The unit's yearly continuing-education threshold (default 24 hours)");
        training.MapPut("/settings", UpdateTrainingSettings).WithName(nameof(UpdateTrainingSettings))
            .WithSummary("Set the yearly threshold (unit head); send the version you read").ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <param name="year">Only courses starting in this year.</param>
    public static ValueTask<Ok<IReadOnlyList<TrainingCourseDto>>> ListTrainingCourses(int? year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new ListTrainingCourses(year), ct);

    public static async Task<Created<TrainingCourseDto>> CreateTrainingCourse(CreateTrainingCourse request, IMediator mediator, CancellationToken ct)
    {
        var course = await mediator.Send(request, ct);
        return TypedResults.Created($"/api/v1/training/courses/{course.Id}", course);
    }

    public static ValueTask<Ok<TrainingCourseDetail>> GetTrainingCourse(Guid courseId, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetTrainingCourse(courseId), ct);

    public static ValueTask<Ok<TrainingCourseDetail>> AddTrainingParticipants(
        Guid courseId, AddTrainingParticipants request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request with { CourseId = courseId }, ct);

    /// <param name="year">The year (default: this year).</param>
    public static ValueTask<Ok<TrainingFigures>> GetTrainingFigures(int? year, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetTrainingFigures(year), ct);

    public static ValueTask<Ok<TrainingSettingsDto>> GetTrainingSettings(IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(new GetTrainingSettings(), ct);

    public static ValueTask<Ok<TrainingSettingsDto>> UpdateTrainingSettings(UpdateTrainingSettings request, IMediator mediator, CancellationToken ct) =>
        mediator.SendOk(request, ct);
}
