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

/// <summary>The unit head sends a draft (or a returned report) to the province; its figures are frozen from now on.</summary>
[RequiresPermission(Permissions.ReportsPrepare)]
public sealed record SubmitReport([property: JsonIgnore] Guid ReportId, Guid Version, string? Comment) : ICommand<ReportDetail>, IReportDecision;

public sealed class SubmitReportValidator : ReportDecisionValidator<SubmitReport>
{
    public SubmitReportValidator() : base(commentRequired: false) { }
}

public sealed class SubmitReportHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator, IOutbox outbox) : ICommandHandler<SubmitReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(SubmitReport command, CancellationToken cancellationToken)
    {
        var report = await ReportAccess.OwnAsync(db, user, command.ReportId, cancellationToken);
        ReportAccess.ExpectVersion(db, report, command.Version);
        var (step, snapshot) = report.Submit(await ReportAccess.ActorAsync(db, user, cancellationToken), clock.GetUtcNow(), command.Comment);
        db.ReportTransitions.Add(step);
        db.ReportSubmissions.Add(snapshot);
        await outbox.ReportEventAsync(db, user, report, NotificationKind.ReportSubmitted, cancellationToken);
        await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.ReportSubmitted, report.FacilityId, clock.GetUtcNow(),
            () => new { reportId = report.Id, report.FacilityId, report.ProvinceId }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReport(report.Id), cancellationToken);
    }
}
