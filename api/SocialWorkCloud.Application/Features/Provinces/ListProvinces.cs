using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Provinces;

[RequiresPermission(Permissions.ProvincesRead)]
public sealed record ListProvinces : IQuery<IReadOnlyList<ProvinceSummary>>;

public sealed class ListProvincesHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListProvinces, IReadOnlyList<ProvinceSummary>>
{
    public async ValueTask<IReadOnlyList<ProvinceSummary>> Handle(ListProvinces query, CancellationToken cancellationToken) =>
        await ProvinceQueries.Summaries(db, db.Provinces.AsNoTracking().VisibleTo(db.Facilities, user).OrderBy(p => p.Name))
            .ToListAsync(cancellationToken);
}
