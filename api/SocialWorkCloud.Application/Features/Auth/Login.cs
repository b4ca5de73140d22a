using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.Application.Features.Auth;

/// <summary>The outcome of a sign-in or refresh: tokens, or why not (the endpoint answers 401).</summary>
public sealed record AuthOutcome(TokenResponse? Tokens, string? Error, string? Detail)
{
    public static AuthOutcome Ok(TokenResponse tokens) => new(tokens, null, null);
    public static AuthOutcome Fail(string error) => new(null, error, TextCatalog.Get(error));
}

/// <summary>
/// Returns a failure instead of throwing so that the failed-attempt count (lockout) and a
/// revoked token family are committed by the transaction rather than rolled back.
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

public sealed class LoginHandler(UserManager<AppUser> users, TokenService tokens) : ICommandHandler<Login, AuthOutcome>
{
    public async ValueTask<AuthOutcome> Handle(Login command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email.Trim());
        if (user is null || !user.IsActive)
        {
            return AuthOutcome.Fail("invalid_credentials");
        }
        if (await users.IsLockedOutAsync(user))
        {
            return AuthOutcome.Fail("locked_out");
        }
        if (!await users.CheckPasswordAsync(user, command.Password))
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user)
                ? AuthOutcome.Fail("locked_out")
                : AuthOutcome.Fail("invalid_credentials");
        }
        await users.ResetAccessFailedCountAsync(user);
        return AuthOutcome.Ok(await tokens.IssueForUserAsync(user, Guid.NewGuid(), cancellationToken));
    }
}
