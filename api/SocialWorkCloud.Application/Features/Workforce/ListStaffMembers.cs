using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>The unit's staff with their certificates; the name search ignores diacritics.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record ListStaffMembers(string? Search = null) : IQuery<IReadOnlyList<StaffMemberDto>>;

public sealed class ListStaffMembersValidator : AbstractValidator<ListStaffMembers>
{
    public ListStaffMembersValidator() => RuleFor(x => x.Search).MaximumLength(200);
}

public sealed class ListStaffMembersHandler(AppDbContext db) : IQueryHandler<ListStaffMembers, IReadOnlyList<StaffMemberDto>>
{
    public async ValueTask<IReadOnlyList<StaffMemberDto>> Handle(ListStaffMembers query, CancellationToken cancellationToken)
    {
        var staff = db.StaffMembers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            staff = staff.Where(s => s.SearchName.Contains(folded));
        }
        return await ProjectAsync(db, staff, cancellationToken);
    }

    internal static async Task<StaffMemberDto> OneAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        (await ProjectAsync(db, db.StaffMembers.AsNoTracking().Where(s => s.Id == id), ct)).Single();

    private static async Task<List<StaffMemberDto>> ProjectAsync(AppDbContext db, IQueryable<Domain.Workforce.StaffMember> staff, CancellationToken ct)
    {
        // A unit's staff is a few dozen people: ordered in memory, the Vietnamese way.
        var rows = (await staff
            .Select(s => new
            {
                Staff = s,
                DepartmentName = db.Departments.Where(d => d.Id == s.DepartmentId).Select(d => d.Name).FirstOrDefault(),
            })
            .ToListAsync(ct))
            .OrderBy(r => r.Staff.Role).ThenBy(r => r.Staff.FullName, VietnameseCollation.Comparer).ToList();
        var ids = rows.Select(r => r.Staff.Id).ToList();
        var certificates = (await db.PracticeCertificates.AsNoTracking().Where(c => ids.Contains(c.StaffMemberId))
                .OrderBy(c => c.IssuedOn)
                .Select(c => new { c.StaffMemberId, Dto = new CertificateDto(c.Id, c.Number, c.Issuer, c.IssuedOn, c.ExpiresOn, c.ScanFileName != null, c.ScanFileName) })
                .ToListAsync(ct))
            .ToLookup(c => c.StaffMemberId, c => c.Dto);
        return rows.Select(r => new StaffMemberDto(
            r.Staff.Id, r.Staff.FullName, r.Staff.Role, r.Staff.DepartmentId, r.DepartmentName, r.Staff.EmploymentType, r.Staff.QualificationLevel,
            r.Staff.QualificationMajor, r.Staff.PracticeHostFacility, r.Staff.PracticeFrom, r.Staff.PracticeTo, r.Staff.PracticeSupervisor,
            r.Staff.PracticeResult, r.Staff.JoinedOn, r.Staff.LeftOn, r.Staff.Version, certificates[r.Staff.Id].ToList())).ToList();
    }
}
