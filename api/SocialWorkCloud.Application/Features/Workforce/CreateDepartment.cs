using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>Adds a department of the facility (or a residential group of the ward). Names are unique (409).</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record CreateDepartment(string Name, DepartmentKind Kind) : ICommand<DepartmentDto>;

public sealed class CreateDepartmentValidator : AbstractValidator<CreateDepartment>
{
    public CreateDepartmentValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Kind).IsInEnum();
    }
}

public sealed class CreateDepartmentHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreateDepartment, DepartmentDto>
{
    public async ValueTask<DepartmentDto> Handle(CreateDepartment command, CancellationToken cancellationToken)
    {
        var department = new Department { Id = Guid.NewGuid(), Name = command.Name.Trim(), Kind = command.Kind, CreatedAt = clock.GetUtcNow() };
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        return new DepartmentDto(department.Id, department.Name, department.Kind, 0);
    }
}
