using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Kpis;

/// <summary>The state of a recomputation: queued, running (with progress), succeeded or failed.</summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record GetKpiRun(Guid ProvinceId, Guid RunId) : IQuery<KpiRunDto>;

public sealed class GetKpiRunHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetKpiRun, KpiRunDto>
{
    public async ValueTask<KpiRunDto> Handle(GetKpiRun query, CancellationToken cancellationToken)
    {
        await KpiAccess.EnsureProvinceReadableAsync(db, user, query.ProvinceId, cancellationToken);
        var run = await db.KpiRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RunId && r.ProvinceId == query.ProvinceId, cancellationToken)
            ?? throw new NotFoundException("KPI run", query.RunId);
        return run.ToDto();
    }
}
