using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The state of a generation: queued, running (with its step and progress), succeeded or failed.</summary>
[RequiresPermission(Permissions.ReportsRead)]
public sealed record GetReportRun(Guid RunId) : IQuery<ReportRunDto>;

public sealed class GetReportRunHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetReportRun, ReportRunDto>
{
    public async ValueTask<ReportRunDto> Handle(GetReportRun query, CancellationToken cancellationToken)
    {
        var run = await db.ReportRuns.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == query.RunId && user.FacilityId != null && r.FacilityId == user.FacilityId, cancellationToken)
            ?? throw new NotFoundException("Report run", query.RunId);
        return run.ToDto();
    }
}
