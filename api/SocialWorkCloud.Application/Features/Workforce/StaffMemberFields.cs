using FluentValidation;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>The fields a staff member is created and edited with.</summary>
public interface IStaffMemberFields
{
    string FullName { get; }
    StaffRole Role { get; }
    Guid? DepartmentId { get; }
    EmploymentType EmploymentType { get; }
    QualificationLevel QualificationLevel { get; }
    QualificationMajor QualificationMajor { get; }
    string? PracticeHostFacility { get; }
    DateOnly? PracticeFrom { get; }
    DateOnly? PracticeTo { get; }
    string? PracticeSupervisor { get; }
    PracticeResult? PracticeResult { get; }
    DateOnly? JoinedOn { get; }
    DateOnly? LeftOn { get; }
}

public static class StaffMemberFields
{
    public static void AddStaffRules<T>(this AbstractValidator<T> v) where T : IStaffMemberFields
    {
        v.RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        v.RuleFor(x => x.Role).IsInEnum();
        v.RuleFor(x => x.EmploymentType).IsInEnum();
        v.RuleFor(x => x.QualificationLevel).IsInEnum();
        v.RuleFor(x => x.QualificationMajor).IsInEnum();
        v.RuleFor(x => x.PracticeResult).IsInEnum();
        v.RuleFor(x => x.PracticeHostFacility).MaximumLength(300);
        v.RuleFor(x => x.PracticeSupervisor).MaximumLength(200);
        v.RuleFor(x => x.PracticeFrom).MustBeAnActivityDate();
        v.RuleFor(x => x.PracticeTo).MustBeAnActivityDate()
            .GreaterThanOrEqualTo(x => x.PracticeFrom).When(x => x.PracticeFrom is not null && x.PracticeTo is not null);
        v.RuleFor(x => x.JoinedOn).MustBeAnActivityDate();
        v.RuleFor(x => x.LeftOn).MustBeAnActivityDate()
            .GreaterThan(x => x.JoinedOn).When(x => x.JoinedOn is not null && x.LeftOn is not null);
    }

    public static async Task ApplyAsync(this StaffMember staff, IStaffMemberFields f, AppDbContext db, CancellationToken ct)
    {
        if (f.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            throw new NotFoundException("Department", departmentId);
        }
        staff.FullName = f.FullName.Trim();
        staff.SearchName = VietnameseText.Fold(f.FullName);
        staff.Role = f.Role;
        staff.DepartmentId = f.DepartmentId;
        staff.EmploymentType = f.EmploymentType;
        staff.QualificationLevel = f.QualificationLevel;
        staff.QualificationMajor = f.QualificationMajor;
        staff.PracticeHostFacility = f.PracticeHostFacility?.Trim();
        staff.PracticeFrom = f.PracticeFrom;
        staff.PracticeTo = f.PracticeTo;
        staff.PracticeSupervisor = f.PracticeSupervisor?.Trim();
        staff.PracticeResult = f.PracticeResult;
        staff.JoinedOn = f.JoinedOn;
        staff.LeftOn = f.LeftOn;
    }
}
