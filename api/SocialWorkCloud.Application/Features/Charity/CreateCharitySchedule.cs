using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>
/// Enters a recurring activity once: on given days of every month ("free meals on the 1st and 15th")
/// or on one weekday every week, from a start date to an optional end date.
/// </summary>
[RequiresPermission(Permissions.ActivitiesManage)]
public sealed record CreateCharitySchedule(
    CharityKind Kind, string Title, string? Place, string? Partner, IReadOnlyList<int>? DaysOfMonth, DayOfWeek? Weekday,
    DateOnly StartsOn, DateOnly? EndsOn = null) : ICommand<CharityScheduleDto>;

public sealed class CreateCharityScheduleValidator : AbstractValidator<CreateCharitySchedule>
{
    public CreateCharityScheduleValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Place).MaximumLength(300);
        RuleFor(x => x.Partner).MaximumLength(300);
        RuleFor(x => x.Weekday).IsInEnum();
        RuleFor(x => x.DaysOfMonth)
            .Must((x, days) => (days is { Count: > 0 }) != (x.Weekday is not null))
            .WithText("schedule-days");
        RuleForEach(x => x.DaysOfMonth).InclusiveBetween(1, 31);
        RuleFor(x => x.DaysOfMonth).ItemCount(0, 10);
        RuleFor(x => x.StartsOn).MustBeAnActivityDate();
        RuleFor(x => x.EndsOn).MustBeAnActivityDate().GreaterThanOrEqualTo(x => x.StartsOn).When(x => x.EndsOn is not null);
    }
}

public sealed class CreateCharityScheduleHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateCharitySchedule, CharityScheduleDto>
{
    public async ValueTask<CharityScheduleDto> Handle(CreateCharitySchedule command, CancellationToken cancellationToken)
    {
        var schedule = new CharitySchedule
        {
            Id = Guid.NewGuid(), Kind = command.Kind, Title = command.Title.Trim(), Place = command.Place?.Trim(), Partner = command.Partner?.Trim(),
            DaysOfMonth = command.Weekday is null ? string.Join(',', command.DaysOfMonth!.Distinct().Order()) : string.Empty,
            Weekday = command.Weekday, StartsOn = command.StartsOn, EndsOn = command.EndsOn, CreatedAt = clock.GetUtcNow(),
        };
        db.CharitySchedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return new CharityScheduleDto(schedule.Id, schedule.Kind, schedule.Title, schedule.Place, schedule.Partner, schedule.MonthDays(),
            schedule.Weekday, schedule.StartsOn, schedule.EndsOn, 0);
    }
}
