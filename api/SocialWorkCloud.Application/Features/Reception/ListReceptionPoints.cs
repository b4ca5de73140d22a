using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Reception;

/// <summary>The facility's reception points (the tally screen offers the active ones).</summary>
[RequiresPermission(Permissions.ReceptionRecord)]
public sealed record ListReceptionPoints : IQuery<IReadOnlyList<ReceptionPointDto>>;

public sealed class ListReceptionPointsHandler(AppDbContext db) : IQueryHandler<ListReceptionPoints, IReadOnlyList<ReceptionPointDto>>
{
    public async ValueTask<IReadOnlyList<ReceptionPointDto>> Handle(ListReceptionPoints query, CancellationToken cancellationToken) =>
        await db.ReceptionPoints.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new ReceptionPointDto(p.Id, p.Name, p.IsActive)).ToListAsync(cancellationToken);
}
