using Mediator;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>Recomputes a draft or returned report's figures from the records, in the background. A submitted or approved report keeps its frozen figures (422).</summary>
[RequiresPermission(Permissions.ReportsPrepare)]
public sealed record RegenerateReport(Guid ReportId) : ICommand<ReportRunDto>;

public sealed class RegenerateReportHandler(AppDbContext db, ICurrentUser user, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<RegenerateReport, ReportRunDto>
{
    public async ValueTask<ReportRunDto> Handle(RegenerateReport command, CancellationToken cancellationToken)
    {
        var report = await ReportAccess.OwnAsync(db, user, command.ReportId, cancellationToken);
        if (!report.IsEditable) throw ReportWorkflow.NotIn(report, "tính lại / regenerated");
        return await ReportJobs.QueueAsync(db, outbox, user, clock, report, cancellationToken);
    }
}
