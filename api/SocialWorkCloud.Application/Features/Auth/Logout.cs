using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Auth;

/// <summary>Ends the session the refresh token belongs to (its whole family, and its live access tokens). Unknown tokens are ignored.</summary>
[AllowAnonymousRequest]
public sealed record Logout(string RefreshToken) : ICommand;

public sealed class LogoutValidator : AbstractValidator<Logout>
{
    public LogoutValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class LogoutHandler(AppDbContext db, Sessions sessions) : ICommandHandler<Logout>
{
    public async ValueTask<Unit> Handle(Logout command, CancellationToken cancellationToken)
    {
        var hash = TokenService.Hash(command.RefreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (familyId is { } family)
        {
            await sessions.EndAsync(family, "logout", cancellationToken);
        }
        return Unit.Value;
    }
}
