using System.Text.Json.Serialization;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The province officer returns a submitted report to the unit with a comment; the unit edits, regenerates and resubmits it.</summary>
[RequiresPermission(Permissions.ReportsReview)]
public sealed record ReturnReport([property: JsonIgnore] Guid ReportId, Guid Version, string? Comment) : ICommand<ReportDetail>, IReportDecision;

public sealed class ReturnReportValidator : ReportDecisionValidator<ReturnReport>
{
    public ReturnReportValidator() : base(commentRequired: true) { }
}

public sealed class ReturnReportHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator, IOutbox outbox) : ICommandHandler<ReturnReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(ReturnReport command, CancellationToken cancellationToken)
    {
        var report = await ReportAccess.ForReviewAsync(db, user, command.ReportId, cancellationToken);
        ReportAccess.ExpectVersion(db, report, command.Version);
        db.ReportTransitions.Add(report.Return(await ReportAccess.ActorAsync(db, user, cancellationToken), clock.GetUtcNow(), command.Comment));
        await outbox.ReportEventAsync(db, user, report, NotificationKind.ReportReturned, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReport(report.Id), cancellationToken);
    }
}
