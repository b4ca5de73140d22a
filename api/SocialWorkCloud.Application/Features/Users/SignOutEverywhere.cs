using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Users;

/// <summary>An administrator ends every session of an account (a lost phone, a suspected theft): its live tokens stop at once.</summary>
[RequiresPermission(Permissions.UsersManage)]
public sealed record SignOutEverywhere(Guid UserId) : ICommand;

public sealed class SignOutEverywhereHandler(AppDbContext db, ICurrentUser caller, Sessions sessions) : ICommandHandler<SignOutEverywhere>
{
    public async ValueTask<Unit> Handle(SignOutEverywhere command, CancellationToken cancellationToken)
    {
        if (!await db.Users.ManageableBy(caller).AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw new NotFoundException("User", command.UserId);
        }
        await sessions.EndAllOfAsync(command.UserId, "signed out everywhere by an administrator", cancellationToken);
        return Unit.Value;
    }
}
