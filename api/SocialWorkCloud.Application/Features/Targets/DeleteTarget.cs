using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>Removes a target (the group's or the national one applies again); send the version you read.</summary>
[RequiresPermission(Permissions.TargetsManage)]
public sealed record DeleteTarget(Guid ProvinceId, Guid TargetId, Guid Version) : ICommand;

public sealed class DeleteTargetValidator : AbstractValidator<DeleteTarget>
{
    public DeleteTargetValidator() => RuleFor(x => x.Version).NotEmpty();
}

public sealed class DeleteTargetHandler(AppDbContext db, ICurrentUser user) : ICommandHandler<DeleteTarget>
{
    public async ValueTask<Unit> Handle(DeleteTarget command, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, command.ProvinceId, cancellationToken);
        var target = await db.IndicatorTargets.SingleOrDefaultAsync(t => t.Id == command.TargetId && t.ProvinceId == command.ProvinceId, cancellationToken)
            ?? throw new NotFoundException("Target", command.TargetId);
        db.Entry(target).Property(t => t.Version).OriginalValue = command.Version;
        db.IndicatorTargets.Remove(target);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
