using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Users;

/// <summary>Closes an account: it can no longer sign in and its sessions end now. Records it wrote stay.</summary>
[RequiresPermission(Permissions.UsersManage)]
public sealed record DeactivateUser(Guid UserId) : ICommand<UserDto>;

public sealed class DeactivateUserHandler(AppDbContext db, ICurrentUser caller, Sessions sessions) : ICommandHandler<DeactivateUser, UserDto>
{
    public async ValueTask<UserDto> Handle(DeactivateUser command, CancellationToken cancellationToken)
    {
        var user = await db.Users.ManageableBy(caller).SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("User", command.UserId);
        if (user.Id == caller.UserId) throw new BusinessRuleException("self-deactivation");

        user.IsActive = false;
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllOfAsync(user.Id, "account deactivated", cancellationToken);
        return user.ToDto(await db.NamesAsync([user], cancellationToken));
    }
}
