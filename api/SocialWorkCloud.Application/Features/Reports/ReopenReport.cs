using System.Text.Json.Serialization;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The province officer reopens an approved report for a correction (back to draft, with the reason, recorded in its history).</summary>
[RequiresPermission(Permissions.ReportsReview)]
public sealed record ReopenReport([property: JsonIgnore] Guid ReportId, Guid Version, string? Comment) : ICommand<ReportDetail>, IReportDecision;

public sealed class ReopenReportValidator : ReportDecisionValidator<ReopenReport>
{
    public ReopenReportValidator() : base(commentRequired: true) { }
}

public sealed class ReopenReportHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator, IOutbox outbox) : ICommandHandler<ReopenReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(ReopenReport command, CancellationToken cancellationToken)
    {
        var report = await ReportAccess.ForReviewAsync(db, user, command.ReportId, cancellationToken);
        ReportAccess.ExpectVersion(db, report, command.Version);
        db.ReportTransitions.Add(report.Reopen(await ReportAccess.ActorAsync(db, user, cancellationToken), clock.GetUtcNow(), command.Comment));
        await outbox.ReportEventAsync(db, user, report, NotificationKind.ReportReopened, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReport(report.Id), cancellationToken);
    }
}
