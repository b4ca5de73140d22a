using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>The unit head sets the approval threshold and the yearly target; send the version you read (none the first time).</summary>
[RequiresPermission(Permissions.FundraisingManage)]
public sealed record UpdateFundraisingSettings(long? ApprovalThreshold, long? YearlyTarget, Guid? Version) : ICommand<FundraisingSettingsDto>;

public sealed class UpdateFundraisingSettingsValidator : AbstractValidator<UpdateFundraisingSettings>
{
    public UpdateFundraisingSettingsValidator()
    {
        RuleFor(x => x.ApprovalThreshold).MustBeVndOrEmpty();
        RuleFor(x => x.YearlyTarget).MustBeVndOrEmpty();
    }
}

public sealed class UpdateFundraisingSettingsHandler(AppDbContext db, ICurrentUser user) : ICommandHandler<UpdateFundraisingSettings, FundraisingSettingsDto>
{
    public async ValueTask<FundraisingSettingsDto> Handle(UpdateFundraisingSettings command, CancellationToken cancellationToken)
    {
        var settings = await db.FundraisingSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            if (command.Version is not null) throw new ConflictException("fundraising-settings-changed");
            settings = new FundraisingSettings { FacilityId = user.FacilityId ?? Guid.Empty };
            db.FundraisingSettings.Add(settings);
        }
        else
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = command.Version ?? Guid.Empty;
        }
        settings.ApprovalThreshold = command.ApprovalThreshold;
        settings.YearlyTarget = command.YearlyTarget;
        await db.SaveChangesAsync(cancellationToken);
        return new FundraisingSettingsDto(settings.ApprovalThreshold, settings.YearlyTarget, settings.Version);
    }
}
