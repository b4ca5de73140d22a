using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Mfa;

public sealed record MfaStatus(bool Enabled, bool Required, DateTimeOffset? EnabledAt, int RecoveryCodesLeft);

public sealed record MfaRecoveryCodes(IReadOnlyList<string> Codes);

internal static class MfaCaller
{
    public static async Task<AppUser> SignedInUserAsync(this AppDbContext db, ICurrentUser caller, CancellationToken ct)
    {
        if (caller.IsApiClient || caller.UserId is not { } id) throw new ForbiddenException("not-a-user");
        return await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new UnauthenticatedException("account-gone");
    }
}

/// <summary>The signed-in user's two-step sign-in: on or off, whether it is required, and how many recovery codes are left.</summary>
[AnyAuthenticatedCaller]
public sealed record GetMfaStatus : IQuery<MfaStatus>;

public sealed class GetMfaStatusHandler(AppDbContext db, ICurrentUser caller, MfaAccounts mfa) : IQueryHandler<GetMfaStatus, MfaStatus>
{
    public async ValueTask<MfaStatus> Handle(GetMfaStatus query, CancellationToken cancellationToken)
    {
        var user = await db.SignedInUserAsync(caller, cancellationToken);
        return new MfaStatus(user.HasMfa, await mfa.IsRequiredAsync(user, cancellationToken), user.MfaEnabledAt,
            user.HasMfa ? await mfa.RecoveryCodesLeftAsync(user.Id, cancellationToken) : 0);
    }
}

/// <summary>Starts enrolment: a new secret (QR code, otpauth:// URI, the secret for typing), inactive until a first code confirms it.</summary>
[AnyAuthenticatedCaller]
public sealed record StartMfaEnrolment : ICommand<MfaEnrolment>;

public sealed class StartMfaEnrolmentHandler(AppDbContext db, ICurrentUser caller, MfaAccounts mfa) : ICommandHandler<StartMfaEnrolment, MfaEnrolment>
{
    public async ValueTask<MfaEnrolment> Handle(StartMfaEnrolment command, CancellationToken cancellationToken)
    {
        var user = await db.SignedInUserAsync(caller, cancellationToken);
        if (user.HasMfa) throw new BusinessRuleException("mfa-already-enabled");
        var enrolment = mfa.StartEnrolment(user);
        await db.SaveChangesAsync(cancellationToken);
        return enrolment;
    }
}

/// <summary>Confirms enrolment with a code of the app: MFA is on, the user's other sessions end, and the recovery codes are shown this once.</summary>
[AnyAuthenticatedCaller]
public sealed record ConfirmMfaEnrolment(string Code) : ICommand<MfaRecoveryCodes>;

public sealed class ConfirmMfaEnrolmentValidator : AbstractValidator<ConfirmMfaEnrolment>
{
    public ConfirmMfaEnrolmentValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(20);
}

public sealed class ConfirmMfaEnrolmentHandler(AppDbContext db, ICurrentUser caller, MfaAccounts mfa, Sessions sessions)
    : ICommandHandler<ConfirmMfaEnrolment, MfaRecoveryCodes>
{
    public async ValueTask<MfaRecoveryCodes> Handle(ConfirmMfaEnrolment command, CancellationToken cancellationToken)
    {
        var user = await db.SignedInUserAsync(caller, cancellationToken);
        if (user.HasMfa) throw new BusinessRuleException("mfa-already-enabled");
        if (user.MfaSecret is null) throw new BusinessRuleException("mfa-enrolment-not-started");
        if (!mfa.TryConfirm(user, command.Code)) throw new BusinessRuleException("mfa-code-invalid");
        var codes = await mfa.NewRecoveryCodesAsync(user, cancellationToken);
        // Sessions signed in with the password alone end; this one goes on.
        if (caller.SessionId is { } sid) await sessions.EndOthersOfAsync(user.Id, sid, "mfa enabled", cancellationToken);
        await mfa.AuditAsync(user, "user.mfa-enabled", cancellationToken);
        return new MfaRecoveryCodes(codes);
    }
}

/// <summary>Turns MFA off with a current code or the password; refused where MFA is required. The other sessions end.</summary>
[AnyAuthenticatedCaller]
public sealed record DisableMfa(string? Code, string? Password) : ICommand;

public sealed class DisableMfaValidator : AbstractValidator<DisableMfa>
{
    public DisableMfaValidator()
    {
        RuleFor(x => x.Code).MaximumLength(20);
        RuleFor(x => x.Password).MaximumLength(PasswordRules.MaxLength);
        RuleFor(x => x).Must(x => !string.IsNullOrWhiteSpace(x.Code) || !string.IsNullOrEmpty(x.Password))
            .WithText("mfa-code-or-password").OverridePropertyName("code");
    }
}

public sealed class DisableMfaHandler(AppDbContext db, ICurrentUser caller, MfaAccounts mfa, UserManager<AppUser> users, Sessions sessions)
    : ICommandHandler<DisableMfa>
{
    public async ValueTask<Unit> Handle(DisableMfa command, CancellationToken cancellationToken)
    {
        var user = await db.SignedInUserAsync(caller, cancellationToken);
        if (!user.HasMfa) throw new BusinessRuleException("mfa-not-enabled");
        if (await mfa.IsRequiredAsync(user, cancellationToken)) throw new BusinessRuleException("mfa-required");
        var proven = !string.IsNullOrWhiteSpace(command.Code)
            ? await mfa.TryCodeAsync(user, command.Code, cancellationToken)
            : await users.CheckPasswordAsync(user, command.Password!);
        if (!proven) throw new BusinessRuleException("mfa-proof-invalid");
        MfaAccounts.TurnOff(user);
        await mfa.ForgetRecoveryCodesAsync(user.Id, cancellationToken);
        if (caller.SessionId is { } sid) await sessions.EndOthersOfAsync(user.Id, sid, "mfa disabled", cancellationToken);
        await mfa.AuditAsync(user, "user.mfa-disabled", cancellationToken);
        return Unit.Value;
    }
}

/// <summary>A new set of recovery codes (a current code required): the old ones stop working; the new ones are shown this once.</summary>
[AnyAuthenticatedCaller]
public sealed record RegenerateMfaRecoveryCodes(string Code) : ICommand<MfaRecoveryCodes>;

public sealed class RegenerateMfaRecoveryCodesValidator : AbstractValidator<RegenerateMfaRecoveryCodes>
{
    public RegenerateMfaRecoveryCodesValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(20);
}

public sealed class RegenerateMfaRecoveryCodesHandler(AppDbContext db, ICurrentUser caller, MfaAccounts mfa)
    : ICommandHandler<RegenerateMfaRecoveryCodes, MfaRecoveryCodes>
{
    public async ValueTask<MfaRecoveryCodes> Handle(RegenerateMfaRecoveryCodes command, CancellationToken cancellationToken)
    {
        var user = await db.SignedInUserAsync(caller, cancellationToken);
        if (!user.HasMfa) throw new BusinessRuleException("mfa-not-enabled");
        if (!await mfa.TryCodeAsync(user, command.Code, cancellationToken)) throw new BusinessRuleException("mfa-code-invalid");
        var codes = await mfa.NewRecoveryCodesAsync(user, cancellationToken);
        await mfa.AuditAsync(user, "user.mfa-recovery-codes-regenerated", cancellationToken);
        return new MfaRecoveryCodes(codes);
    }
}
