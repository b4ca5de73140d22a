using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Training;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>The unit's yearly hours threshold (24 hours until the unit sets its own).</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record GetTrainingSettings : IQuery<TrainingSettingsDto>;

public sealed class GetTrainingSettingsHandler(AppDbContext db) : IQueryHandler<GetTrainingSettings, TrainingSettingsDto>
{
    public async ValueTask<TrainingSettingsDto> Handle(GetTrainingSettings query, CancellationToken cancellationToken) =>
        await db.TrainingSettings.AsNoTracking().Select(s => new TrainingSettingsDto(s.YearlyHoursThreshold, s.Version)).SingleOrDefaultAsync(cancellationToken)
        ?? new TrainingSettingsDto(TrainingSettings.DefaultYearlyHours, null);
}
