using System.Text.Json.Serialization;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The province officer returns a submitted report to the unit with a comment; the unit edits, regenerates and resubmits it.</summary>
[RequiresPermission(Permissions.ReportsReview)]
public sealed record ReturnReport([property: JsonIgnore] Guid ReportId, Guid Version, string? Comment) : ICommand<ReportDetail>, IReportDecision;

public sealed class ReturnReportValidator : ReportDecisionValidator<ReturnReport>
{
    public ReturnReportValidator() : base(commentRequired: true) { }
}

public sealed class ReturnReportHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator) : ICommandHandler<ReturnReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(ReturnReport command, CancellationToken cancellationToken)
    {
        var report = await ReportAccess.ForReviewAsync(db, user, command.ReportId, cancellationToken);
        if (report.Status != ReportStatus.Submitted) throw ReportWorkflow.NotIn(report, "returned / trả lại");
        ReportWorkflow.EnsureVersion(db, report, command.Version);

        await ReportWorkflow.RecordAsync(db, user, clock, report, ReportAction.Returned, ReportStatus.Returned, command.Comment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReport(report.Id), cancellationToken);
    }
}
