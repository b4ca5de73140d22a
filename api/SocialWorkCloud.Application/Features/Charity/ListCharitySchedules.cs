using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>The recurring activities, each with the number of its past occurrences still to confirm.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record ListCharitySchedules : IQuery<IReadOnlyList<CharityScheduleDto>>;

public sealed class ListCharitySchedulesHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<ListCharitySchedules, IReadOnlyList<CharityScheduleDto>>
{
    public async ValueTask<IReadOnlyList<CharityScheduleDto>> Handle(ListCharitySchedules query, CancellationToken cancellationToken)
    {
        var today = VietnamClock.Today(clock);
        var schedules = await db.CharitySchedules.AsNoTracking().OrderBy(s => s.Title).ToListAsync(cancellationToken);
        var confirmed = (await db.CharityActivities.AsNoTracking().Where(a => a.ScheduleId != null)
                .Select(a => new { ScheduleId = a.ScheduleId!.Value, a.Date }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ScheduleId, a => a.Date);
        return schedules.Select(s => new CharityScheduleDto(s.Id, s.Kind, s.Title, s.Place, s.Partner, s.MonthDays(), s.Weekday, s.StartsOn, s.EndsOn,
            s.OccurrencesBetween(s.StartsOn, today).Except(confirmed[s.Id]).Count())).ToList();
    }
}
