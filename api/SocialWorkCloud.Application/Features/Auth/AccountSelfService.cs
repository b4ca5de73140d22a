using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Users;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Auth;

/// <summary>Reads the user an e-mailed link names, refusing a tampered, expired or already used link with its own code.</summary>
internal static class AccountLinkReading
{
    public static async Task<AppUser> UserOfAsync(this AccountLinks links, AppDbContext db, string token, AccountLinkPurpose purpose, CancellationToken ct)
    {
        var (link, problem) = links.Read(token, purpose);
        if (problem == AccountLinkProblem.Invalid || link is null) throw new BusinessRuleException("account-link-invalid");
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == link.UserId, ct);
        if (user is null || !user.IsActive) throw new BusinessRuleException("account-link-invalid");
        // A spent link (its stamp is gone) says so even after it would have expired: "used" is what the person needs to hear.
        if (!string.Equals(user.SecurityStamp, link.SecurityStamp, StringComparison.Ordinal)
            || (purpose == AccountLinkPurpose.Invitation && !user.IsInvitationPending))
        {
            throw new BusinessRuleException("account-link-used");
        }
        if (problem == AccountLinkProblem.Expired) throw new BusinessRuleException("account-link-expired");
        return user;
    }
}

/// <summary>The invited person sets their first password with the link from the invitation e-mail (once, within 72 hours).</summary>
[AllowAnonymousRequest]
public sealed record AcceptInvitation(string Token, string Password) : ICommand;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(x => x.Token).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Password).ValidPassword();
    }
}

public sealed class AcceptInvitationHandler(AppDbContext db, AccountLinks links, AccountPasswords passwords) : ICommandHandler<AcceptInvitation>
{
    public async ValueTask<Unit> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        var user = await links.UserOfAsync(db, command.Token, AccountLinkPurpose.Invitation, cancellationToken);
        user.EmailConfirmed = true; // the link reached them
        await passwords.SetAsync(user, command.Password, "invitation accepted", cancellationToken);
        return Unit.Value;
    }
}

/// <summary>
/// "Forgot password": e-mails a reset link (30 minutes, once) when the address belongs to an active account
/// with a password. The answer is the same whatever the address, so it tells nobody who has an account.
/// </summary>
[AllowAnonymousRequest]
public sealed record ForgotPassword(string Email) : ICommand;

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPassword>
{
    public ForgotPasswordValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
}

public sealed class ForgotPasswordHandler(UserManager<AppUser> users, AppDbContext db, IOutbox outbox, PortalAddress portal) : ICommandHandler<ForgotPassword>
{
    public async ValueTask<Unit> Handle(ForgotPassword command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email.Trim());
        if (user is { IsActive: true })
        {
            // Someone invited who lost the invitation gets it again: a first password is set through it.
            var kind = user.IsInvitationPending ? AccountMailKind.Invitation : AccountMailKind.PasswordReset;
            outbox.Publish(new AccountMailRequested(user.Id, kind, portal.Current()), user.FacilityId);
            await db.SaveChangesAsync(cancellationToken);
        }
        return Unit.Value;
    }
}

/// <summary>Sets a new password with the link from a reset e-mail; every session of the account ends.</summary>
[AllowAnonymousRequest]
public sealed record ResetPassword(string Token, string Password) : ICommand;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Token).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Password).ValidPassword();
    }
}

public sealed class ResetPasswordHandler(AppDbContext db, AccountLinks links, AccountPasswords passwords) : ICommandHandler<ResetPassword>
{
    public async ValueTask<Unit> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var user = await links.UserOfAsync(db, command.Token, AccountLinkPurpose.PasswordReset, cancellationToken);
        await passwords.SetAsync(user, command.Password, "password reset", cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The signed-in user changes their password (the current one required). Other sessions end; this one gets fresh tokens.</summary>
[AnyAuthenticatedCaller]
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand<TokenResponse>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        RuleFor(x => x.NewPassword).ValidPassword();
    }
}

public sealed class ChangePasswordHandler(AppDbContext db, UserManager<AppUser> users, ICurrentUser caller, AccountPasswords passwords, TokenService tokens)
    : ICommandHandler<ChangePassword, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var user = await db.Users.CurrentAsync(caller, cancellationToken);
        if (!await users.CheckPasswordAsync(user, command.CurrentPassword)) throw new BusinessRuleException("current-password-incorrect");
        await passwords.SetAsync(user, command.NewPassword, "password changed", cancellationToken);
        return await tokens.IssueForUserAsync(user, Guid.NewGuid(), cancellationToken);
    }
}

/// <summary>The signed-in user ends every one of their sessions, this one included.</summary>
[AnyAuthenticatedCaller]
public sealed record SignOutMyselfEverywhere : ICommand;

public sealed class SignOutMyselfEverywhereHandler(ICurrentUser caller, Sessions sessions) : ICommandHandler<SignOutMyselfEverywhere>
{
    public async ValueTask<Unit> Handle(SignOutMyselfEverywhere command, CancellationToken cancellationToken)
    {
        if (caller.IsApiClient || caller.UserId is not { } id) throw new ForbiddenException("not-a-user");
        await sessions.EndAllOfAsync(id, "signed out everywhere", cancellationToken);
        return Unit.Value;
    }
}

public sealed record ProfileDto(string Email, string FullName, string? PhoneNumber, string Language);

/// <summary>The signed-in user's own profile.</summary>
[AnyAuthenticatedCaller]
public sealed record GetProfile : IQuery<ProfileDto>;

public sealed class GetProfileHandler(AppDbContext db, ICurrentUser caller) : IQueryHandler<GetProfile, ProfileDto>
{
    public async ValueTask<ProfileDto> Handle(GetProfile query, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().CurrentAsync(caller, cancellationToken)).ToProfile();
}

/// <summary>The signed-in user changes their name, phone number and language (of the portal and of their e-mails).</summary>
[AnyAuthenticatedCaller]
public sealed record UpdateProfile(string FullName, string? PhoneNumber, string Language) : ICommand<ProfileDto>;

public sealed class UpdateProfileValidator : AbstractValidator<UpdateProfile>
{
    public UpdateProfileValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.PhoneNumber).MaximumLength(20).Matches(@"^\+?[0-9 .\-]{8,20}$").When(x => !string.IsNullOrWhiteSpace(x.PhoneNumber));
        RuleFor(x => x.Language).NotEmpty().MaximumLength(UserLanguages.All.Max(l => l.Length)).Must(l => UserLanguages.All.Contains(l)).WithText("language-unknown");
    }
}

public sealed class UpdateProfileHandler(AppDbContext db, ICurrentUser caller) : ICommandHandler<UpdateProfile, ProfileDto>
{
    public async ValueTask<ProfileDto> Handle(UpdateProfile command, CancellationToken cancellationToken)
    {
        var user = await db.Users.CurrentAsync(caller, cancellationToken);
        user.FullName = command.FullName.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(command.PhoneNumber) ? null : command.PhoneNumber.Trim();
        user.Language = command.Language;
        await db.SaveChangesAsync(cancellationToken);
        return user.ToProfile();
    }
}

internal static class ProfileMapping
{
    public static async Task<AppUser> CurrentAsync(this IQueryable<AppUser> users, ICurrentUser caller, CancellationToken ct)
    {
        if (caller.IsApiClient || caller.UserId is not { } id) throw new ForbiddenException("not-a-user");
        return await users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new UnauthenticatedException("account-gone");
    }

    public static ProfileDto ToProfile(this AppUser u) => new(u.Email!, u.FullName, u.PhoneNumber, u.Language);
}
