using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Domain.Webhooks;
using SocialWorkCloud.Application.Common.Outbox;
using System.Text.Json.Serialization;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The province officer approves a submitted report: it is locked, its figures stay as submitted even if records change later.</summary>
[RequiresPermission(Permissions.ReportsReview)]
public sealed record ApproveReport([property: JsonIgnore] Guid ReportId, Guid Version, string? Comment) : ICommand<ReportDetail>, IReportDecision;

public sealed class ApproveReportValidator : ReportDecisionValidator<ApproveReport>
{
    public ApproveReportValidator() : base(commentRequired: false) { }
}

public sealed class ApproveReportHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator, IOutbox outbox) : ICommandHandler<ApproveReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(ApproveReport command, CancellationToken cancellationToken)
    {
        var report = await ReportAccess.ForReviewAsync(db, user, command.ReportId, cancellationToken);
        ReportAccess.ExpectVersion(db, report, command.Version);
        db.ReportTransitions.Add(report.Approve(await ReportAccess.ActorAsync(db, user, cancellationToken), clock.GetUtcNow(), command.Comment));
        await outbox.ReportEventAsync(db, user, report, NotificationKind.ReportApproved, cancellationToken);
        await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.ReportApproved, report.FacilityId, clock.GetUtcNow(),
            () => new { reportId = report.Id, report.FacilityId, report.ProvinceId }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReport(report.Id), cancellationToken);
    }
}
