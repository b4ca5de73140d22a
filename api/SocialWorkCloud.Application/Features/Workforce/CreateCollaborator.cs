using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>Adds a collaborator to a clinical department or residential group.</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record CreateCollaborator(string FullName, Guid DepartmentId, string? Phone = null, DateOnly? JoinedOn = null) : ICommand<CollaboratorDto>;

public sealed class CreateCollaboratorValidator : AbstractValidator<CreateCollaborator>
{
    public CreateCollaboratorValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.DepartmentId).NotEmpty();
        RuleFor(x => x.Phone).MaximumLength(32);
        RuleFor(x => x.JoinedOn).MustBeAnActivityDate();
    }
}

public sealed class CreateCollaboratorHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateCollaborator, CollaboratorDto>
{
    public async ValueTask<CollaboratorDto> Handle(CreateCollaborator command, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == command.DepartmentId, cancellationToken)
            ?? throw new NotFoundException("Department", command.DepartmentId);
        var collaborator = new Collaborator
        {
            Id = Guid.NewGuid(), FullName = command.FullName.Trim(), DepartmentId = department.Id, Phone = command.Phone?.Trim(),
            JoinedOn = command.JoinedOn, CreatedAt = clock.GetUtcNow(),
        };
        db.Collaborators.Add(collaborator);
        await db.SaveChangesAsync(cancellationToken);
        return new CollaboratorDto(collaborator.Id, collaborator.FullName, department.Id, department.Name, department.Kind, collaborator.Phone, collaborator.JoinedOn);
    }
}
