using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Auth;
using SocialWorkCloud.Application.Features.Users;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Mfa;

/// <summary>
/// The second step of a sign-in: the challenge the password earned, with a code of the authenticator app or one
/// recovery code. Wrong codes count in the sign-in throttle of the account; a code already used is refused; a
/// recovery code ends the account's other sessions (whoever had the lost phone). Failures are returned, not thrown,
/// so the throttle's alert to the owner is committed.
/// </summary>
[AllowAnonymousRequest]
public sealed record CompleteMfaSignIn(string Challenge, string? Code, string? RecoveryCode) : ICommand<AuthOutcome>;

public sealed class CompleteMfaSignInValidator : AbstractValidator<CompleteMfaSignIn>
{
    public CompleteMfaSignInValidator()
    {
        RuleFor(x => x.Challenge).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.Code).MaximumLength(20);
        RuleFor(x => x.RecoveryCode).MaximumLength(40);
        RuleFor(x => x).Must(x => string.IsNullOrWhiteSpace(x.Code) != string.IsNullOrWhiteSpace(x.RecoveryCode))
            .WithText("mfa-code-or-recovery-code").OverridePropertyName("code");
    }
}

public sealed class CompleteMfaSignInHandler(MfaAccounts mfa, MfaSignInGuard guard, Sessions sessions, TokenService tokens)
    : ICommandHandler<CompleteMfaSignIn, AuthOutcome>
{
    public async ValueTask<AuthOutcome> Handle(CompleteMfaSignIn command, CancellationToken cancellationToken)
    {
        var user = await mfa.UserOfChallengeAsync(command.Challenge, enrolment: false, cancellationToken);
        if (user is null) return AuthOutcome.Fail("mfa-challenge-invalid");
        if (guard.WaitFor(user) is { } wait) return await guard.ThrottledAsync(user, wait, cancellationToken);

        var byRecovery = string.IsNullOrWhiteSpace(command.Code);
        var ok = byRecovery
            ? await mfa.TryRecoveryCodeAsync(user, command.RecoveryCode, cancellationToken)
            : await mfa.TryCodeAsync(user, command.Code, cancellationToken);
        if (!ok) return await guard.FailedAsync(user, cancellationToken);

        guard.Succeeded(user);
        if (byRecovery)
        {
            await sessions.EndAllOfAsync(user.Id, "mfa recovery code used", cancellationToken);
            await mfa.AuditAsync(user, "user.mfa-recovery-code-used", cancellationToken,
                $"{await mfa.RecoveryCodesLeftAsync(user.Id, cancellationToken)} left");
        }
        return AuthOutcome.Ok(await tokens.IssueForUserAsync(user, Guid.NewGuid(), cancellationToken));
    }
}

/// <summary>An account that must have MFA and has none: the enrolment challenge starts enrolment (the secret and its QR code).</summary>
[AllowAnonymousRequest]
public sealed record StartRequiredMfaEnrolment(string Challenge) : ICommand<MfaEnrolment>;

public sealed class StartRequiredMfaEnrolmentValidator : AbstractValidator<StartRequiredMfaEnrolment>
{
    public StartRequiredMfaEnrolmentValidator() => RuleFor(x => x.Challenge).NotEmpty().MaximumLength(4000);
}

public sealed class StartRequiredMfaEnrolmentHandler(MfaAccounts mfa, AppDbContext db) : ICommandHandler<StartRequiredMfaEnrolment, MfaEnrolment>
{
    public async ValueTask<MfaEnrolment> Handle(StartRequiredMfaEnrolment command, CancellationToken cancellationToken)
    {
        var user = await mfa.UserOfChallengeAsync(command.Challenge, enrolment: true, cancellationToken);
        if (user is null || user.HasMfa) throw new Common.Exceptions.UnauthenticatedException("mfa-challenge-invalid");
        var enrolment = mfa.StartEnrolment(user);
        await db.SaveChangesAsync(cancellationToken);
        return enrolment;
    }
}

/// <summary>Completes the enrolment a sign-in required with a first code: MFA is on, the recovery codes are shown once, and the tokens follow.</summary>
[AllowAnonymousRequest]
public sealed record ConfirmRequiredMfaEnrolment(string Challenge, string Code) : ICommand<AuthOutcome>;

public sealed class ConfirmRequiredMfaEnrolmentValidator : AbstractValidator<ConfirmRequiredMfaEnrolment>
{
    public ConfirmRequiredMfaEnrolmentValidator()
    {
        RuleFor(x => x.Challenge).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(20);
    }
}

public sealed class ConfirmRequiredMfaEnrolmentHandler(MfaAccounts mfa, MfaSignInGuard guard, Sessions sessions, TokenService tokens)
    : ICommandHandler<ConfirmRequiredMfaEnrolment, AuthOutcome>
{
    public async ValueTask<AuthOutcome> Handle(ConfirmRequiredMfaEnrolment command, CancellationToken cancellationToken)
    {
        var user = await mfa.UserOfChallengeAsync(command.Challenge, enrolment: true, cancellationToken);
        if (user is null || user.HasMfa) return AuthOutcome.Fail("mfa-challenge-invalid");
        if (guard.WaitFor(user) is { } wait) return await guard.ThrottledAsync(user, wait, cancellationToken);
        if (!mfa.TryConfirm(user, command.Code)) return await guard.FailedAsync(user, cancellationToken);

        guard.Succeeded(user);
        var codes = await mfa.NewRecoveryCodesAsync(user, cancellationToken);
        // Sessions begun before MFA was required end: from now on every session passed the second step.
        await sessions.EndAllOfAsync(user.Id, "mfa enabled", cancellationToken);
        await mfa.AuditAsync(user, "user.mfa-enabled", cancellationToken);
        var issued = await tokens.IssueForUserAsync(user, Guid.NewGuid(), cancellationToken);
        return AuthOutcome.Ok(issued) with { RecoveryCodes = codes };
    }
}

/// <summary>The sign-in throttle applied to the second step: keyed by the account's e-mail like the password step.</summary>
public sealed class MfaSignInGuard(SignInThrottle throttle, IRequestOrigin origin, IOutbox outbox, AppDbContext db, PortalAddress portal)
{
    public TimeSpan? WaitFor(AppUser user) => throttle.WaitFor(user.Email ?? user.Id.ToString(), origin.Address);

    public void Succeeded(AppUser user) => throttle.Succeeded(user.Email ?? user.Id.ToString());

    public async Task<AuthOutcome> ThrottledAsync(AppUser user, TimeSpan wait, CancellationToken ct)
    {
        if (throttle.ShouldAlert(user.Email ?? user.Id.ToString())) await AlertAsync(user, ct);
        return AuthOutcome.Throttled(wait);
    }

    public async Task<AuthOutcome> FailedAsync(AppUser user, CancellationToken ct)
    {
        // Whoever fails here knows the password: the owner is told as for guessed passwords.
        if (throttle.Failed(user.Email ?? user.Id.ToString(), origin.Address)) await AlertAsync(user, ct);
        return AuthOutcome.Fail("mfa-code-invalid");
    }

    private async Task AlertAsync(AppUser user, CancellationToken ct)
    {
        outbox.Publish(new AccountMailRequested(user.Id, AccountMailKind.SignInAttempts, portal.Current()), user.FacilityId);
        await db.SaveChangesAsync(ct);
    }
}
