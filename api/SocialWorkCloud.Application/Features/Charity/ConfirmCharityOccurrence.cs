using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>
/// Confirms one occurrence of a schedule with the actual counts (or that it was not held). The date
/// must be one the schedule falls on, not in the future (422); a second confirmation is a 409.
/// </summary>
[RequiresPermission(Permissions.ActivitiesManage)]
public sealed record ConfirmCharityOccurrence(
    [property: JsonIgnore] Guid ScheduleId, [property: JsonIgnore] DateOnly Date, bool Held, int BeneficiaryCount, long ValueVnd,
    string? Partner = null, Guid? DistributionId = null) : ICommand<CharityActivityDto>;

public sealed class ConfirmCharityOccurrenceValidator : AbstractValidator<ConfirmCharityOccurrence>
{
    public ConfirmCharityOccurrenceValidator()
    {
        RuleFor(x => x.BeneficiaryCount).MustBeABeneficiaryCount();
        RuleFor(x => x.ValueVnd).MustBeAVndValue();
        RuleFor(x => x.Partner).MaximumLength(300);
        RuleFor(x => x.BeneficiaryCount).Equal(0).When(x => !x.Held)
            .WithText("not-held-no-beneficiaries");
    }
}

public sealed class ConfirmCharityOccurrenceHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<ConfirmCharityOccurrence, CharityActivityDto>
{
    public async ValueTask<CharityActivityDto> Handle(ConfirmCharityOccurrence command, CancellationToken cancellationToken)
    {
        var schedule = await db.CharitySchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == command.ScheduleId, cancellationToken)
            ?? throw new NotFoundException("CharitySchedule", command.ScheduleId);
        if (!schedule.OccurrencesBetween(command.Date, command.Date).Any())
        {
            throw new BusinessRuleException("not-an-occurrence");
        }
        if (command.Date > VietnamClock.Today(clock))
        {
            throw new BusinessRuleException("occurrence-in-future");
        }
        if (await db.CharityActivities.AnyAsync(a => a.ScheduleId == schedule.Id && a.Date == command.Date, cancellationToken))
        {
            throw new ConflictException("occurrence-confirmed");
        }
        await CharityRules.EnsureDistributionAsync(db, command.DistributionId, cancellationToken);
        var activity = new CharityActivity
        {
            Id = Guid.NewGuid(), Kind = schedule.Kind, Title = schedule.Title, Date = command.Date, Place = schedule.Place,
            Partner = command.Partner?.Trim() ?? schedule.Partner, BeneficiaryCount = command.BeneficiaryCount, ValueVnd = command.ValueVnd,
            Held = command.Held, ScheduleId = schedule.Id, DistributionId = command.DistributionId, CreatedAt = clock.GetUtcNow(),
        };
        db.CharityActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return activity.ToDto();
    }
}
