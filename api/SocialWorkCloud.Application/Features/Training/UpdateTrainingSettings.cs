using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Training;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>Sets the unit's yearly continuing-education threshold. Send the version you read (none before the first change); 409 when stale.</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record UpdateTrainingSettings(decimal YearlyHoursThreshold, Guid? Version = null) : ICommand<TrainingSettingsDto>;

public sealed class UpdateTrainingSettingsValidator : AbstractValidator<UpdateTrainingSettings>
{
    public UpdateTrainingSettingsValidator() =>
        RuleFor(x => x.YearlyHoursThreshold).GreaterThanOrEqualTo(0).LessThanOrEqualTo(500).PrecisionScale(7, 2, ignoreTrailingZeros: true);
}

public sealed class UpdateTrainingSettingsHandler(AppDbContext db) : ICommandHandler<UpdateTrainingSettings, TrainingSettingsDto>
{
    public async ValueTask<TrainingSettingsDto> Handle(UpdateTrainingSettings command, CancellationToken cancellationToken)
    {
        var settings = await db.TrainingSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            if (command.Version is not null) throw new ConflictException("training-settings-changed");
            settings = new TrainingSettings { Id = Guid.NewGuid() };
            db.TrainingSettings.Add(settings);
        }
        else
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = command.Version ?? Guid.Empty;
        }
        settings.YearlyHoursThreshold = command.YearlyHoursThreshold;
        await db.SaveChangesAsync(cancellationToken);
        return new TrainingSettingsDto(settings.YearlyHoursThreshold, settings.Version);
    }
}
