using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>The courses that started in a year (default: all), newest first, with their headcount.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record ListTrainingCourses(int? Year = null) : IQuery<IReadOnlyList<TrainingCourseDto>>;

public sealed class ListTrainingCoursesValidator : AbstractValidator<ListTrainingCourses>
{
    public ListTrainingCoursesValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2050);
}

public sealed class ListTrainingCoursesHandler(AppDbContext db) : IQueryHandler<ListTrainingCourses, IReadOnlyList<TrainingCourseDto>>
{
    public async ValueTask<IReadOnlyList<TrainingCourseDto>> Handle(ListTrainingCourses query, CancellationToken cancellationToken)
    {
        var courses = db.TrainingCourses.AsNoTracking();
        if (query.Year is { } year)
        {
            courses = courses.Where(c => c.StartsOn >= new DateOnly(year, 1, 1) && c.StartsOn <= new DateOnly(year, 12, 31));
        }
        return await Project(db, courses.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Title)).ToListAsync(cancellationToken);
    }

    internal static IQueryable<TrainingCourseDto> Project(AppDbContext db, IQueryable<Domain.Training.TrainingCourse> courses) =>
        courses.Select(c => new TrainingCourseDto(c.Id, c.Title, c.Organiser, c.Type, c.StartsOn, c.EndsOn, c.Hours,
            db.TrainingParticipants.Where(p => p.CourseId == c.Id).Sum(p => (int?)p.Headcount) ?? 0));
}
