using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reception;

namespace SocialWorkCloud.Application.Features.Reception;

/// <summary>Opens a reception point (a desk or hall where patients are received and guided).</summary>
[RequiresPermission(Permissions.ActivitiesManage)]
public sealed record CreateReceptionPoint(string Name) : ICommand<ReceptionPointDto>;

public sealed class CreateReceptionPointValidator : AbstractValidator<CreateReceptionPoint>
{
    public CreateReceptionPointValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
}

public sealed class CreateReceptionPointHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateReceptionPoint, ReceptionPointDto>
{
    public async ValueTask<ReceptionPointDto> Handle(CreateReceptionPoint command, CancellationToken cancellationToken)
    {
        var point = new ReceptionPoint { Id = Guid.NewGuid(), Name = command.Name.Trim(), CreatedAt = clock.GetUtcNow() };
        db.ReceptionPoints.Add(point);
        await db.SaveChangesAsync(cancellationToken);
        return new ReceptionPointDto(point.Id, point.Name, point.IsActive);
    }
}
