using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Users;

/// <summary>Sends a fresh invitation to an account that has not set its password; the links sent before stop working.</summary>
[RequiresPermission(Permissions.UsersManage)]
public sealed record ResendInvitation(Guid UserId) : ICommand<UserDto>;

public sealed class ResendInvitationHandler(AppDbContext db, UserManager<AppUser> users, ICurrentUser caller, TimeProvider clock, IOutbox outbox, PortalAddress portal)
    : ICommandHandler<ResendInvitation, UserDto>
{
    public async ValueTask<UserDto> Handle(ResendInvitation command, CancellationToken cancellationToken)
    {
        var user = await db.Users.ManageableBy(caller).SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("User", command.UserId);
        if (!user.IsActive) throw new BusinessRuleException("account-inactive");
        if (!user.IsInvitationPending) throw new BusinessRuleException("invitation-not-pending");
        user.InvitedAt = clock.GetUtcNow();
        outbox.Publish(new AccountMailRequested(user.Id, AccountMailKind.Invitation, portal.Current()), user.FacilityId);
        await users.UpdateSecurityStampAsync(user); // the earlier links are spent
        return user.ToDto(await db.NamesAsync([user], cancellationToken));
    }
}

/// <summary>An administrator sends a user a password-reset link (the user chooses the new password; the current one works until then).</summary>
[RequiresPermission(Permissions.UsersManage)]
public sealed record SendPasswordReset(Guid UserId) : ICommand<UserDto>;

public sealed class SendPasswordResetHandler(AppDbContext db, ICurrentUser caller, IOutbox outbox, PortalAddress portal) : ICommandHandler<SendPasswordReset, UserDto>
{
    public async ValueTask<UserDto> Handle(SendPasswordReset command, CancellationToken cancellationToken)
    {
        var user = await db.Users.ManageableBy(caller).SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("User", command.UserId);
        if (!user.IsActive) throw new BusinessRuleException("account-inactive");
        // An account still invited gets its invitation again: a reset link cannot set a first password.
        var kind = user.IsInvitationPending ? AccountMailKind.Invitation : AccountMailKind.PasswordReset;
        outbox.Publish(new AccountMailRequested(user.Id, kind, portal.Current()), user.FacilityId);
        await db.SaveChangesAsync(cancellationToken);
        return user.ToDto(await db.NamesAsync([user], cancellationToken));
    }
}

/// <summary>Opens a deactivated account again; it signs in with its password as before.</summary>
[RequiresPermission(Permissions.UsersManage)]
public sealed record ReactivateUser(Guid UserId) : ICommand<UserDto>;

public sealed class ReactivateUserHandler(AppDbContext db, ICurrentUser caller) : ICommandHandler<ReactivateUser, UserDto>
{
    public async ValueTask<UserDto> Handle(ReactivateUser command, CancellationToken cancellationToken)
    {
        var user = await db.Users.ManageableBy(caller).SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("User", command.UserId);
        if (user.IsActive) throw new BusinessRuleException("account-already-active");
        user.IsActive = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        await db.SaveChangesAsync(cancellationToken);
        return user.ToDto(await db.NamesAsync([user], cancellationToken));
    }
}

/// <summary>
/// Changes an account's name, role and facility. The new role must be one the editor may grant, and so must
/// the current one (a facility admin does not touch a platform admin). A change of role or facility ends the
/// user's sessions, since their tokens carry both.
/// </summary>
[RequiresPermission(Permissions.UsersManage)]
public sealed record UpdateUser(Guid UserId, string FullName, UserRole Role, Guid? FacilityId, Guid? ProvinceId) : ICommand<UserDto>;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Role).IsInEnum();
        RuleFor(x => x.ProvinceId).NotEmpty().When(x => x.Role == UserRole.ProvinceOfficer);
        RuleFor(x => x.ProvinceId).Null().When(x => x.Role != UserRole.ProvinceOfficer);
        RuleFor(x => x.FacilityId).Null().When(x => x.Role is UserRole.ProvinceOfficer or UserRole.PlatformAdmin);
    }
}

public sealed class UpdateUserHandler(AppDbContext db, ICurrentUser caller, AccountPasswords passwords) : ICommandHandler<UpdateUser, UserDto>
{
    public async ValueTask<UserDto> Handle(UpdateUser command, CancellationToken cancellationToken)
    {
        var user = await db.Users.ManageableBy(caller).SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("User", command.UserId);
        var grantable = caller.Role is { } callerRole ? RolePermissions.AssignableBy(callerRole) : [];
        if (!grantable.Contains(command.Role)) throw new ForbiddenException("role-not-grantable", command.Role);
        if (!grantable.Contains(user.Role)) throw new ForbiddenException("role-not-grantable", user.Role);

        var facilityId = command.FacilityId;
        if (command.Role is UserRole.FacilityAdmin or UserRole.SocialWorker or UserRole.Collaborator)
        {
            facilityId = caller.IsPlatformAdmin ? command.FacilityId : caller.FacilityId;
            if (facilityId is null) throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(UpdateUser.FacilityId), TextCatalog.Get("role-needs-facility")) { ErrorCode = "role-needs-facility" }]);
            if (facilityId != user.FacilityId && !await db.Facilities.VisibleTo(caller).AnyAsync(f => f.Id == facilityId, cancellationToken))
            {
                throw new NotFoundException("Facility", facilityId);
            }
        }
        if (command.ProvinceId is { } provinceId && !await db.Provinces.AnyAsync(p => p.Id == provinceId, cancellationToken))
        {
            throw new NotFoundException("Province", provinceId);
        }

        var membershipChanges = command.Role != user.Role || facilityId != user.FacilityId || command.ProvinceId != user.ProvinceId;
        if (membershipChanges && user.Id == caller.UserId) throw new BusinessRuleException("self-role-change");

        user.FullName = command.FullName.Trim();
        user.Role = command.Role;
        user.FacilityId = facilityId;
        user.ProvinceId = command.ProvinceId;
        await db.SaveChangesAsync(cancellationToken);
        if (membershipChanges) await passwords.RevokeSessionsAsync(user.Id, "role or facility changed", cancellationToken);
        return user.ToDto(await db.NamesAsync([user], cancellationToken));
    }
}
