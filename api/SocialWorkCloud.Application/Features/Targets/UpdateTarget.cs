using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>Changes a target's value; send the version you read (409 when stale).</summary>
[RequiresPermission(Permissions.TargetsManage)]
public sealed record UpdateTarget([property: JsonIgnore] Guid ProvinceId, [property: JsonIgnore] Guid TargetId, decimal Value, Guid Version) : ICommand<TargetDto>;

public sealed class UpdateTargetValidator : AbstractValidator<UpdateTarget>
{
    public UpdateTargetValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        RuleFor(x => x.Value).InclusiveBetween(0, Domain.Common.Vnd.Max).WithText("target-value-out-of-range");
    }
}

public sealed class UpdateTargetHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateTarget, TargetDto>
{
    public async ValueTask<TargetDto> Handle(UpdateTarget command, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, command.ProvinceId, cancellationToken);
        var target = await db.IndicatorTargets.SingleOrDefaultAsync(t => t.Id == command.TargetId && t.ProvinceId == command.ProvinceId, cancellationToken)
            ?? throw new NotFoundException("Target", command.TargetId);
        if (!TargetRules.FitsUnit(target.IndicatorCode, command.Value))
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("Value", TextCatalog.Get("target-value-out-of-range")) { ErrorCode = "target-value-out-of-range" }]);
        db.Entry(target).Property(t => t.Version).OriginalValue = command.Version;
        target.Value = command.Value;
        target.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return await TargetRules.Project(db, db.IndicatorTargets.Where(t => t.Id == target.Id)).SingleAsync(cancellationToken);
    }
}
