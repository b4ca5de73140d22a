using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>
/// The people of the caller's facility a case or a referral can be given to (unit head, social
/// workers, collaborators), by name. A worker cannot list users otherwise; this shows names and roles only.
/// </summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record ListAssignees : IQuery<IReadOnlyList<Assignee>>;

public sealed record Assignee(Guid Id, string FullName, UserRole Role);

public sealed class ListAssigneesHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListAssignees, IReadOnlyList<Assignee>>
{
    private static readonly UserRole[] CaseRoles = [UserRole.FacilityAdmin, UserRole.SocialWorker, UserRole.Collaborator];

    public async ValueTask<IReadOnlyList<Assignee>> Handle(ListAssignees query, CancellationToken cancellationToken)
    {
        if (user.FacilityId is not { } facilityId) return [];
        return await db.Users.AsNoTracking()
            .Where(u => u.FacilityId == facilityId && u.IsActive && CaseRoles.Contains(u.Role))
            .OrderBy(u => u.Role).ThenBy(u => u.FullName)
            .Select(u => new Assignee(u.Id, u.FullName, u.Role))
            .ToListAsync(cancellationToken);
    }
}
