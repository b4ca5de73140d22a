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
        return await users.OrderBy(u => u.FullName)
            .Select(u => new UserDto(u.Id, u.Email!, u.FullName, u.Role, u.FacilityId, u.ProvinceId, u.IsActive, u.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
