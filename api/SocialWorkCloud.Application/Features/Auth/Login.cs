using System.Collections.Concurrent;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Features.Mfa;
using SocialWorkCloud.Application.Features.Users;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Auth;

/// <summary>
/// The outcome of a sign-in or refresh: tokens, the MFA challenge a correct password earns, or why not (the endpoint
/// answers 401, or 429 after <see cref="RetryAfter"/>). <see cref="RecoveryCodes"/>: shown once, after an enrolment.
/// </summary>
public sealed record AuthOutcome(TokenResponse? Tokens, string? Error, string? Detail, TimeSpan? RetryAfter = null,
    MfaChallenge? Mfa = null, IReadOnlyList<string>? RecoveryCodes = null)
{
    public static AuthOutcome Ok(TokenResponse tokens) => new(tokens, null, null);
    public static AuthOutcome Challenge(MfaChallenge challenge) => new(null, null, null, Mfa: challenge);
    public static AuthOutcome Fail(string error) => new(null, error, TextCatalog.Get(error));
    public static AuthOutcome Throttled(TimeSpan wait) =>
        new(null, "sign-in-throttled", TextCatalog.Get("sign-in-throttled", (int)Math.Ceiling(wait.TotalSeconds)), wait);
}

/// <summary>
/// Returns a failure instead of throwing so that what it records (the owner's alert in the outbox, a revoked
/// token family) is committed by the transaction rather than rolled back. A wrong password, an unknown or a
/// closed account all get the same answer; guessing is slowed (<see cref="SignInThrottle"/>), never locked out.
/// </summary>
[AllowAnonymousRequest]
public sealed record Login(string Email, string Password) : ICommand<AuthOutcome>;

public sealed class LoginValidator : AbstractValidator<Login>
{
    public LoginValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(200);
    }
}

public sealed class LoginHandler(UserManager<AppUser> users, TokenService tokens, SignInThrottle throttle, IRequestOrigin origin,
    IOutbox outbox, AppDbContext db, PortalAddress portal, MfaAccounts mfa, IOptions<PasswordHasherOptions> hashing) : ICommandHandler<Login, AuthOutcome>
{
    public async ValueTask<AuthOutcome> Handle(Login command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (throttle.WaitFor(email, origin.Address) is { } wait)
        {
            if (throttle.ShouldAlert(email)) await AlertOwnerAsync(email, cancellationToken);
            return AuthOutcome.Throttled(wait);
        }
        var user = await users.FindByEmailAsync(email);
        // The password is checked (hashed) even for an unknown or closed account, so the time taken tells nothing either.
        var passwordOk = user is { IsActive: true, PasswordHash: not null }
            ? await users.CheckPasswordAsync(user, command.Password)
            : CheckAgainstNobody(command.Password);
        if (!passwordOk || user is not { IsActive: true })
        {
            if (throttle.Failed(email, origin.Address)) await AlertOwnerAsync(email, cancellationToken);
            return AuthOutcome.Fail("invalid_credentials");
        }
        // With MFA (or MFA required and not yet set up) the password earns a challenge, not tokens. The account's
        // failure count is kept until the second step succeeds: a known password must not reset the count of wrong codes.
        if (user.HasMfa) return AuthOutcome.Challenge(mfa.ChallengeFor(user, enrolmentRequired: false));
        if (await mfa.IsRequiredAsync(user, cancellationToken)) return AuthOutcome.Challenge(mfa.ChallengeFor(user, enrolmentRequired: true));
        throttle.Succeeded(email);
        return AuthOutcome.Ok(await tokens.IssueForUserAsync(user, Guid.NewGuid(), cancellationToken));
    }

    private static readonly AppUser Nobody = new() { FullName = "-" };

    /// <summary>A hash of a random password per work factor: verifying against it costs what a real account's check costs.</summary>
    private static readonly ConcurrentDictionary<int, string> NobodysHashes = new();

    private bool CheckAgainstNobody(string password)
    {
        var hash = NobodysHashes.GetOrAdd(hashing.Value.IterationCount, _ => users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString()));
        users.PasswordHasher.VerifyHashedPassword(Nobody, hash, password);
        return false;
    }

    /// <summary>E-mails the account's owner (if the name is an active account) that someone is guessing its password, with a reset link.</summary>
    private async Task AlertOwnerAsync(string email, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not { IsActive: true } || user.IsInvitationPending) return;
        outbox.Publish(new AccountMailRequested(user.Id, AccountMailKind.SignInAttempts, portal.Current()), user.FacilityId);
        await db.SaveChangesAsync(ct);
    }
}
