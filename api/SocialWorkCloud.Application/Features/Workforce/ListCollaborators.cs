using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>The facility's collaborators who have not left, with their department or residential group.</summary>
[RequiresPermission(Permissions.ActivitiesRead)]
public sealed record ListCollaborators : IQuery<IReadOnlyList<CollaboratorDto>>;

public sealed class ListCollaboratorsHandler(AppDbContext db) : IQueryHandler<ListCollaborators, IReadOnlyList<CollaboratorDto>>
{
    public async ValueTask<IReadOnlyList<CollaboratorDto>> Handle(ListCollaborators query, CancellationToken cancellationToken) =>
        await (from c in db.Collaborators.AsNoTracking()
               join d in db.Departments.AsNoTracking() on c.DepartmentId equals d.Id
               where c.LeftOn == null
               orderby d.Name, c.FullName
               select new CollaboratorDto(c.Id, c.FullName, d.Id, d.Name, d.Kind, c.Phone, c.JoinedOn)).ToListAsync(cancellationToken);
}
