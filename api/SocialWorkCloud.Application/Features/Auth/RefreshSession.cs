using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Auth;

/// <summary>
/// Swaps a refresh token for a new pair. The same token presented again within <see cref="ReuseGrace"/> of its
/// rotation (two tabs, two replicas, a retried request) gets the same successor; any later reuse is theft:
/// the whole family is revoked.
/// </summary>
[AllowAnonymousRequest]
public sealed record RefreshSession(string RefreshToken) : ICommand<AuthOutcome>
{
    public static readonly TimeSpan ReuseGrace = TimeSpan.FromSeconds(10);
}

public sealed class RefreshSessionValidator : AbstractValidator<RefreshSession>
{
    public RefreshSessionValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class RefreshSessionHandler(AppDbContext db, TokenService tokens, Sessions sessions, TimeProvider clock) : ICommandHandler<RefreshSession, AuthOutcome>
{
    private const string Rotated = "rotated";

    public async ValueTask<AuthOutcome> Handle(RefreshSession command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = TokenService.Hash(command.RefreshToken);
        var token = await Find(hash, cancellationToken);
        if (token is null) return AuthOutcome.Fail("invalid_token");

        if (token.RevokedAt is null)
        {
            if (token.ExpiresAt <= now) return AuthOutcome.Fail("token_expired");
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
            if (user is null || !user.IsActive)
            {
                await sessions.EndAsync(token.FamilyId, "user inactive", cancellationToken);
                return AuthOutcome.Fail("invalid_token");
            }
            // Claim the rotation with one conditional update: a concurrent caller with the same token waits on the
            // row, then finds it already rotated (0 rows) and takes the grace path below with the winner's successor.
            var claimed = await db.RefreshTokens
                .Where(t => t.Id == token.Id && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, Rotated).SetProperty(t => t.Version, Guid.NewGuid()), cancellationToken);
            if (claimed == 1)
            {
                var issued = await tokens.IssueForUserAsync(user, token.FamilyId, cancellationToken, tokens.SuccessorOf(command.RefreshToken));
                var successor = await db.RefreshTokens.Where(t => t.TokenHash == TokenService.Hash(issued.RefreshToken)).Select(t => t.Id).SingleAsync(cancellationToken);
                await db.RefreshTokens.Where(t => t.Id == token.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReplacedById, successor), cancellationToken);
                return AuthOutcome.Ok(issued);
            }
            token = (await Find(hash, cancellationToken))!;
        }

        if (token.RevokedReason == Rotated && token.RevokedAt > now - RefreshSession.ReuseGrace)
        {
            var successorPlain = tokens.SuccessorOf(command.RefreshToken);
            var successor = await Find(TokenService.Hash(successorPlain), cancellationToken);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
            if (successor is { RevokedAt: null } && user is { IsActive: true })
            {
                return AuthOutcome.Ok(tokens.AccessBeside(user, token.FamilyId, successorPlain));
            }
        }
        await sessions.EndAsync(token.FamilyId, "reuse detected", cancellationToken);
        return AuthOutcome.Fail("token_reused");
    }

    private Task<RefreshToken?> Find(string hash, CancellationToken ct) =>
        db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, ct);
}
