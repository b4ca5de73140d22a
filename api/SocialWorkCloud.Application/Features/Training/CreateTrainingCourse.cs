using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Training;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>Records a course, workshop or study visit; participants are added to it after.</summary>
[RequiresPermission(Permissions.ActivitiesManage)]
public sealed record CreateTrainingCourse(string Title, string Organiser, TrainingType Type, DateOnly StartsOn, DateOnly EndsOn, decimal Hours)
    : ICommand<TrainingCourseDto>;

public sealed class CreateTrainingCourseValidator : AbstractValidator<CreateTrainingCourse>
{
    public CreateTrainingCourseValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Organiser).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.StartsOn).MustBeAnActivityDate();
        RuleFor(x => x.EndsOn).MustBeAnActivityDate().GreaterThanOrEqualTo(x => x.StartsOn);
        RuleFor(x => x.Hours).GreaterThan(0).LessThanOrEqualTo(2000).PrecisionScale(7, 2, ignoreTrailingZeros: true);
    }
}

public sealed class CreateTrainingCourseHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateTrainingCourse, TrainingCourseDto>
{
    public async ValueTask<TrainingCourseDto> Handle(CreateTrainingCourse command, CancellationToken cancellationToken)
    {
        var course = new TrainingCourse
        {
            Id = Guid.NewGuid(), Title = command.Title.Trim(), Organiser = command.Organiser.Trim(), Type = command.Type,
            StartsOn = command.StartsOn, EndsOn = command.EndsOn, Hours = command.Hours, CreatedAt = clock.GetUtcNow(),
        };
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return new TrainingCourseDto(course.Id, course.Title, course.Organiser, course.Type, course.StartsOn, course.EndsOn, course.Hours, 0);
    }
}
