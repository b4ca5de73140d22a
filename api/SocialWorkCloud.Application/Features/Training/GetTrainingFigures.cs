using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>The facility's training figures for a year (default: this year), staff counted as of its last day or today.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record GetTrainingFigures(int? Year = null) : IQuery<TrainingFigures>;

public sealed class GetTrainingFiguresValidator : AbstractValidator<GetTrainingFigures>
{
    public GetTrainingFiguresValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2050);
}

public sealed class GetTrainingFiguresHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetTrainingFigures, TrainingFigures>
{
    public async ValueTask<TrainingFigures> Handle(GetTrainingFigures query, CancellationToken cancellationToken)
    {
        var today = VietnamClock.Today(clock);
        var year = query.Year ?? today.Year;
        var facilityId = user.FacilityId ?? Guid.Empty;
        var figures = await TrainingFiguresCalculator.ComputeAsync(db, db.Facilities.Where(f => f.Id == facilityId),
            _ => TrainingFiguresCalculator.OwnTenant(db), year, YearEndOrToday(year, today), cancellationToken);
        return figures[facilityId];
    }

    public static DateOnly YearEndOrToday(int year, DateOnly today) => year == today.Year ? today : new DateOnly(year, 12, 31);
}
