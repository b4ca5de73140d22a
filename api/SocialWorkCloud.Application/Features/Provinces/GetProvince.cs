using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Provinces;

[RequiresPermission(Permissions.ProvincesRead)]
public sealed record GetProvince(Guid ProvinceId) : IQuery<ProvinceSummary>;

public sealed class GetProvinceHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetProvince, ProvinceSummary>
{
    public async ValueTask<ProvinceSummary> Handle(GetProvince query, CancellationToken cancellationToken) =>
        await ProvinceQueries.Summaries(db, db.Provinces.AsNoTracking().VisibleTo(db.Facilities, user).Where(p => p.Id == query.ProvinceId))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Province", query.ProvinceId);
}
