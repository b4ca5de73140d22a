using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.ApiClients;

[RequiresPermission(Permissions.ApiClientsManage)]
public sealed record ListApiClients : IQuery<IReadOnlyList<ApiClientDto>>;

public sealed class ListApiClientsHandler(AppDbContext db, ICurrentUser caller) : IQueryHandler<ListApiClients, IReadOnlyList<ApiClientDto>>
{
    public async ValueTask<IReadOnlyList<ApiClientDto>> Handle(ListApiClients query, CancellationToken cancellationToken)
    {
        var clients = await db.ApiClients.AsNoTracking().ManageableBy(caller).OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
        var names = await db.NamesAsync(clients, cancellationToken);
        return clients.Select(c => c.ToDto(names)).ToList();
    }
}
