using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Domain.Webhooks;
using SocialWorkCloud.Application.Common.Outbox;
using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>The unit head approves the plan or the closure, or returns it with a comment. An approved closure closes the case.</summary>
[RequiresPermission(Permissions.CasesSupervise)]
public sealed record DecideApproval(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, ApprovalSubject Subject, bool Approve, string? Comment, Guid Version)
    : ICommand<CaseDetail>;

public sealed class DecideApprovalValidator : AbstractValidator<DecideApproval>
{
    public DecideApprovalValidator()
    {
        RuleFor(x => x.Subject).IsInEnum();
        RuleFor(x => x.Comment).NotEmpty().When(x => !x.Approve)
            .WithText("return-comment-required");
        RuleFor(x => x.Comment).MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class DecideApprovalHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<DecideApproval, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(DecideApproval command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.decide-approval", cancellationToken);
        await db.EnsureClientWritableAsync(@case.ClientId, cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        var wasClosed = @case.Stage == CaseStage.Closed;
        @case.Decide(command.Subject, command.Approve, command.Comment, user.UserId, clock.GetUtcNow(), VietnamClock.Today(clock));
        await outbox.ApprovalAnsweredAsync(db, user, @case, command.Subject, command.Approve, cancellationToken);
        if (!wasClosed && @case.Stage == CaseStage.Closed)
        {
            await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.CaseClosed, @case.FacilityId, clock.GetUtcNow(), () => new { caseId = @case.Id, @case.ClosedOn }, cancellationToken);
        }
        await db.SaveCaseAsync(@case, cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
