using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>Adds a member of the social-work unit's staff.</summary>
[RequiresPermission(Permissions.WorkforceManage)]
public sealed record CreateStaffMember(
    string FullName, StaffRole Role, Guid? DepartmentId, EmploymentType EmploymentType, QualificationLevel QualificationLevel,
    QualificationMajor QualificationMajor, string? PracticeHostFacility = null, DateOnly? PracticeFrom = null, DateOnly? PracticeTo = null,
    string? PracticeSupervisor = null, PracticeResult? PracticeResult = null, DateOnly? JoinedOn = null, DateOnly? LeftOn = null)
    : ICommand<StaffMemberDto>, IStaffMemberFields;

public sealed class CreateStaffMemberValidator : AbstractValidator<CreateStaffMember>
{
    public CreateStaffMemberValidator() => this.AddStaffRules();
}

public sealed class CreateStaffMemberHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<CreateStaffMember, StaffMemberDto>
{
    public async ValueTask<StaffMemberDto> Handle(CreateStaffMember command, CancellationToken cancellationToken)
    {
        var staff = new StaffMember { Id = Guid.NewGuid(), FullName = "", SearchName = "", CreatedAt = clock.GetUtcNow() };
        await staff.ApplyAsync(command, db, cancellationToken);
        db.StaffMembers.Add(staff);
        // Someone new practising without a certificate before the rule applies: this month's reminder, if not said yet.
        DeadlinesChanged.Publish(outbox, user.FacilityId, DeadlineScope.Certificates, VietnamClock.Today(clock) < CertificateRule.RequiredFrom);
        await db.SaveChangesAsync(cancellationToken);
        return await ListStaffMembersHandler.OneAsync(db, staff.Id, cancellationToken);
    }
}
