using System.Text.Json.Serialization;
using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The unit head sends a draft (or a returned report) to the province; its figures are frozen from now on.</summary>
[RequiresPermission(Permissions.ReportsPrepare)]
public sealed record SubmitReport([property: JsonIgnore] Guid ReportId, Guid Version, string? Comment) : ICommand<ReportDetail>, IReportDecision;

public sealed class SubmitReportValidator : ReportDecisionValidator<SubmitReport>
{
    public SubmitReportValidator() : base(commentRequired: false) { }
}

public sealed class SubmitReportHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator) : ICommandHandler<SubmitReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(SubmitReport command, CancellationToken cancellationToken)
    {
        var report = await ReportAccess.OwnAsync(db, user, command.ReportId, cancellationToken);
        if (!report.IsEditable) throw ReportWorkflow.NotIn(report, "gửi / submitted");
        if (report.FiguresJson is null)
            throw new BusinessRuleException("report-not-generated", "Báo cáo chưa có số liệu; hãy chờ tổng hợp xong. / The report has no figures yet; wait for the generation to finish.");
        ReportWorkflow.EnsureVersion(db, report, command.Version);
        var now = clock.GetUtcNow();
        report.SubmittedAt = now;
        report.FirstSubmittedAt ??= now;
        await ReportWorkflow.RecordAsync(db, user, clock, report, ReportAction.Submitted, ReportStatus.Submitted, command.Comment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReport(report.Id), cancellationToken);
    }
}
