using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Auth;

/// <summary>Swaps a refresh token for a new pair. A token already swapped is a reuse: its whole family is revoked.</summary>
[AllowAnonymousRequest]
public sealed record RefreshSession(string RefreshToken) : ICommand<AuthOutcome>;

public sealed class RefreshSessionValidator : AbstractValidator<RefreshSession>
{
    public RefreshSessionValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class RefreshSessionHandler(AppDbContext db, TokenService tokens, TimeProvider clock) : ICommandHandler<RefreshSession, AuthOutcome>
{
    public async ValueTask<AuthOutcome> Handle(RefreshSession command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = TokenService.Hash(command.RefreshToken);
        var token = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null) return AuthOutcome.Fail("invalid_token");

        if (token.ReplacedById is not null || token.RevokedAt is not null)
        {
            await RevokeFamilyAsync(db, token.FamilyId, now, "reuse detected", cancellationToken);
            return AuthOutcome.Fail("token_reused");
        }
        if (token.ExpiresAt <= now) return AuthOutcome.Fail("token_expired");

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (user is null || !user.IsActive)
        {
            await RevokeFamilyAsync(db, token.FamilyId, now, "user inactive", cancellationToken);
            return AuthOutcome.Fail("invalid_token");
        }

        var issued = await tokens.IssueForUserAsync(user, token.FamilyId, cancellationToken);
        var successor = await db.RefreshTokens.Where(t => t.TokenHash == TokenService.Hash(issued.RefreshToken)).Select(t => t.Id).SingleAsync(cancellationToken);
        token.ReplacedById = successor;
        token.RevokedAt = now;
        token.RevokedReason = "rotated";
        // A concurrent refresh with the same token fails here on the concurrency token (409), never both.
        await db.SaveChangesAsync(cancellationToken);
        return AuthOutcome.Ok(issued);
    }

    internal static Task RevokeFamilyAsync(AppDbContext db, Guid familyId, DateTimeOffset now, string reason, CancellationToken ct) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, reason).SetProperty(t => t.Version, Guid.NewGuid()), ct);
}
