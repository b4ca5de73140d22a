using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.ApiClients;

/// <summary>Revokes a client: it gets no new tokens. Revoking twice is harmless.</summary>
[RequiresPermission(Permissions.ApiClientsManage)]
public sealed record RevokeApiClient(Guid ApiClientId) : ICommand<ApiClientDto>;

public sealed class RevokeApiClientHandler(AppDbContext db, ICurrentUser caller, TimeProvider clock) : ICommandHandler<RevokeApiClient, ApiClientDto>
{
    public async ValueTask<ApiClientDto> Handle(RevokeApiClient command, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.ManageableBy(caller).SingleOrDefaultAsync(c => c.Id == command.ApiClientId, cancellationToken)
            ?? throw new NotFoundException("API client", command.ApiClientId);
        client.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return client.ToDto(await db.NamesAsync([client], cancellationToken));
    }
}
