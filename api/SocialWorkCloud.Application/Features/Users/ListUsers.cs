using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Users;

[RequiresPermission(Permissions.UsersManage)]
public sealed record ListUsers(Guid? FacilityId = null) : IQuery<IReadOnlyList<UserDto>>;

public sealed class ListUsersHandler(AppDbContext db, ICurrentUser caller) : IQueryHandler<ListUsers, IReadOnlyList<UserDto>>
{
    public async ValueTask<IReadOnlyList<UserDto>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking().ManageableBy(caller);
        if (query.FacilityId is { } facilityId) users = users.Where(u => u.FacilityId == facilityId);
        var list = (await users.ToListAsync(cancellationToken)).OrderBy(u => u.FullName, Domain.Text.VietnameseCollation.Comparer).ToList();
        var names = await db.NamesAsync(list, cancellationToken);
        return list.Select(u => u.ToDto(names)).ToList();
    }
}
