using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>Edits a staff member (role, department, qualification, supervised practice, leaving date); 409 when the version is stale.</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record UpdateStaffMember(
    [property: JsonIgnore] Guid StaffMemberId, Guid Version, string FullName, StaffRole Role, Guid? DepartmentId, EmploymentType EmploymentType,
    QualificationLevel QualificationLevel, QualificationMajor QualificationMajor, string? PracticeHostFacility = null, DateOnly? PracticeFrom = null,
    DateOnly? PracticeTo = null, string? PracticeSupervisor = null, PracticeResult? PracticeResult = null, DateOnly? JoinedOn = null, DateOnly? LeftOn = null)
    : ICommand<StaffMemberDto>, IStaffMemberFields;

public sealed class UpdateStaffMemberValidator : AbstractValidator<UpdateStaffMember>
{
    public UpdateStaffMemberValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        this.AddStaffRules();
    }
}

public sealed class UpdateStaffMemberHandler(AppDbContext db) : ICommandHandler<UpdateStaffMember, StaffMemberDto>
{
    public async ValueTask<StaffMemberDto> Handle(UpdateStaffMember command, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == command.StaffMemberId, cancellationToken)
            ?? throw new NotFoundException("StaffMember", command.StaffMemberId);
        db.Entry(staff).Property(s => s.Version).OriginalValue = command.Version;
        await staff.ApplyAsync(command, db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ListStaffMembersHandler.OneAsync(db, staff.Id, cancellationToken);
    }
}
