using SocialWorkCloud.Application.Common.Auditing;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Users;

/// <summary>
/// Creates an account with a role and invites its owner: an e-mail with a one-time link (72 hours) to set
/// their own password, sent after the commit. No administrator types a password for someone else. A
/// facility admin staffs its own facility (admins, social workers, collaborators); a platform admin
/// creates any account. The bulk account import creates its accounts through this same use case.
/// </summary>
[RequiresPermission(Permissions.UsersManage)]
public sealed record CreateUser(string Email, string FullName, UserRole Role, Guid? FacilityId, Guid? ProvinceId, string? Language = null) : ICommand<UserDto>;

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Role).IsInEnum();
        RuleFor(x => x.Language).MaximumLength(UserLanguages.All.Max(l => l.Length)).Must(l => l is null || UserLanguages.All.Contains(l)).WithText("language-unknown");
        RuleFor(x => x.ProvinceId).NotEmpty().When(x => x.Role == UserRole.ProvinceOfficer)
            .WithMessage("A province officer belongs to a province.");
        RuleFor(x => x.ProvinceId).Null().When(x => x.Role != UserRole.ProvinceOfficer)
            .WithMessage("Only a province officer is bound to a province.");
        RuleFor(x => x.FacilityId).Null().When(x => x.Role is UserRole.ProvinceOfficer or UserRole.PlatformAdmin)
            .WithMessage("This role is not bound to a facility.");
    }
}

public sealed class CreateUserHandler(AppDbContext db, UserManager<AppUser> users, ICurrentUser caller, TimeProvider clock, IOutbox outbox, PortalAddress portal) : ICommandHandler<CreateUser, UserDto>
{
    public async ValueTask<UserDto> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        if (caller.Role is not { } callerRole || !RolePermissions.AssignableBy(callerRole).Contains(command.Role))
        {
            throw new ForbiddenException("role-not-grantable", command.Role);
        }

        var facilityId = command.FacilityId;
        if (command.Role is UserRole.FacilityAdmin or UserRole.SocialWorker or UserRole.Collaborator)
        {
            facilityId = caller.IsPlatformAdmin ? command.FacilityId : caller.FacilityId;
            if (facilityId is null) throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(CreateUser.FacilityId), TextCatalog.Get("role-needs-facility")) { ErrorCode = "role-needs-facility" }]);
            if (!await db.Facilities.VisibleTo(caller).AnyAsync(f => f.Id == facilityId, cancellationToken))
            {
                throw new NotFoundException("Facility", facilityId);
            }
        }
        if (command.ProvinceId is { } provinceId && !await db.Provinces.AnyAsync(p => p.Id == provinceId, cancellationToken))
        {
            throw new NotFoundException("Province", provinceId);
        }

        var email = command.Email.Trim().ToLowerInvariant();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException("email-in-use", email);
        }

        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = command.FullName.Trim(),
            Role = command.Role,
            FacilityId = facilityId,
            ProvinceId = command.ProvinceId,
            CreatedAt = clock.GetUtcNow(),
            InvitedAt = clock.GetUtcNow(),
            Language = command.Language ?? UserLanguages.Vietnamese,
            LockoutEnabled = true,
        };
        // Saved with the user by the store's SaveChanges, in the command's transaction; sent after the commit.
        outbox.Publish(new AccountMailRequested(user.Id, AccountMailKind.Invitation, portal.Current()), facilityId);
        if (caller.IsPlatformAdmin) db.AuditPlatform(caller, clock, "user.create", "User", user.Id, user.Role.ToString());
        else if (caller.FacilityId is not null) db.Audit(caller, clock, "user.create", "User", user.Id, user.Role.ToString());
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new FluentValidation.ValidationException(result.Errors.Select(e =>
                new FluentValidation.Results.ValidationFailure(nameof(CreateUser.Email), e.Description) { ErrorCode = e.Code }));
        }
        return user.ToDto(await db.NamesAsync([user], cancellationToken));
    }
}
