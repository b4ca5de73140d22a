using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Auth;

/// <summary>An RFC 6749 access-token response.</summary>
public sealed record ClientTokenResponse(string AccessToken, string TokenType, int ExpiresIn, string Scope);

public sealed record ClientTokenOutcome(ClientTokenResponse? Token, string? Error, string? Description, int Status);

/// <summary>OAuth 2.0 client-credentials grant for third-party systems (RFC 6749 §4.4).</summary>
[AllowAnonymousRequest]
public sealed record IssueClientToken(string? GrantType, string? ClientId, string? ClientSecret, string? Scope) : ICommand<ClientTokenOutcome>
{
    // The form's limits, stated in the OpenAPI document and enforced below.
    internal const int MaxGrantTypeLength = 40;
    internal const int MaxClientIdLength = 64;
    internal const int MaxClientSecretLength = 200;
    internal const int MaxScopeLength = 200;
}

public sealed class IssueClientTokenHandler(AppDbContext db, TokenService tokens, TimeProvider clock) : ICommandHandler<IssueClientToken, ClientTokenOutcome>
{
    public async ValueTask<ClientTokenOutcome> Handle(IssueClientToken command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.GrantType) || string.IsNullOrWhiteSpace(command.ClientId) || string.IsNullOrWhiteSpace(command.ClientSecret))
        {
            return new(null, "invalid_request", "grant_type, client_id and client_secret are required.", 400);
        }
        if (command.GrantType != "client_credentials")
        {
            return new(null, "unsupported_grant_type", "Only the client_credentials grant is supported here.", 400);
        }
        if (command.ClientId.Length > IssueClientToken.MaxClientIdLength || command.ClientSecret.Length > IssueClientToken.MaxClientSecretLength)
        {
            return new(null, "invalid_client", "Client authentication failed.", 401);
        }

        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.ClientId == command.ClientId, cancellationToken);
        if (client is null || client.RevokedAt is not null || !TokenService.SecretMatches(command.ClientSecret, client.SecretHash))
        {
            return new(null, "invalid_client", "Client authentication failed.", 401);
        }

        if (command.Scope?.Length > IssueClientToken.MaxScopeLength)
        {
            return new(null, "invalid_scope", $"This client may request only: {client.Scopes}.", 400);
        }
        var granted = client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var requested = string.IsNullOrWhiteSpace(command.Scope) ? granted : command.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Except(granted).Any())
        {
            return new(null, "invalid_scope", $"This client may request only: {client.Scopes}.", 400);
        }

        client.LastUsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        var (token, expiresIn) = tokens.IssueForClient(client, requested);
        return new(new ClientTokenResponse(token, "Bearer", expiresIn, string.Join(' ', requested)), null, null, 200);
    }
}
