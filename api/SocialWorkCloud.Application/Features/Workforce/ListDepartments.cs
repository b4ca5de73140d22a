using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>The facility's departments with their active collaborators, and how many clinical departments have one.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record ListDepartments : IQuery<DepartmentList>;

public sealed class ListDepartmentsHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<ListDepartments, DepartmentList>
{
    public async ValueTask<DepartmentList> Handle(ListDepartments query, CancellationToken cancellationToken)
    {
        var today = VietnamClock.Today(clock);
        var items = (await db.Departments.AsNoTracking()
            .Select(d => new DepartmentDto(d.Id, d.Name, d.Kind,
                db.Collaborators.Count(c => c.DepartmentId == d.Id && (c.LeftOn == null || c.LeftOn > today))))
            .ToListAsync(cancellationToken))
            .OrderBy(d => d.Kind).ThenBy(d => d.Name, VietnameseCollation.Comparer).ToList();
        var clinical = items.Where(d => d.Kind == DepartmentKind.Clinical).ToList();
        return new DepartmentList(items, clinical.Count, clinical.Count(d => d.CollaboratorCount > 0));
    }
}
