using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>
/// A schedule's occurrences between two dates (default: its start to 60 days ahead), generated from
/// its rule, each pending, upcoming, confirmed (with the actual counts) or confirmed as not held.
/// </summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record ListCharityOccurrences(Guid ScheduleId, DateOnly? From = null, DateOnly? To = null) : IQuery<IReadOnlyList<CharityOccurrence>>;

public sealed class ListCharityOccurrencesValidator : AbstractValidator<ListCharityOccurrences>
{
    public ListCharityOccurrencesValidator()
    {
        RuleFor(x => x.From).MustBeAnActivityDate();
        RuleFor(x => x.To).MustBeAnActivityDate();
    }
}

public sealed class ListCharityOccurrencesHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<ListCharityOccurrences, IReadOnlyList<CharityOccurrence>>
{
    public async ValueTask<IReadOnlyList<CharityOccurrence>> Handle(ListCharityOccurrences query, CancellationToken cancellationToken)
    {
        var today = VietnamClock.Today(clock);
        var schedule = await db.CharitySchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.ScheduleId, cancellationToken)
            ?? throw new NotFoundException("CharitySchedule", query.ScheduleId);
        var from = query.From ?? schedule.StartsOn;
        var to = query.To ?? today.AddDays(60);
        var activities = (await db.CharityActivities.AsNoTracking()
                .Where(a => a.ScheduleId == schedule.Id && a.Date >= from && a.Date <= to).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Date);
        return schedule.OccurrencesBetween(from, to).Take(1000).Select(date => activities.TryGetValue(date, out var a)
                ? new CharityOccurrence(date, a.Held ? OccurrenceState.Confirmed : OccurrenceState.NotHeld, a.ToDto())
                : new CharityOccurrence(date, date <= today ? OccurrenceState.Pending : OccurrenceState.Upcoming, null))
            .ToList();
    }
}
