using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>
/// Asks the unit head to approve the plan, or the closure: its reason from the list (<c>closureReason</c>) and free text
/// (<c>closingReason</c>, required for <c>Other</c>; without <c>closureReason</c> the reason is <c>Other</c>).
/// </summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record RequestApproval(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, ApprovalSubject Subject, string? ClosingReason, Guid Version,
    ClosureReason? ClosureReason = null)
    : ICommand<CaseDetail>;

public sealed class RequestApprovalValidator : AbstractValidator<RequestApproval>
{
    public RequestApprovalValidator()
    {
        RuleFor(x => x.Subject).IsInEnum();
        RuleFor(x => x.ClosureReason).IsInEnum();
        RuleFor(x => x.ClosingReason).NotEmpty()
            .When(x => x.Subject == ApprovalSubject.Closure && x.ClosureReason is null or Domain.Cases.ClosureReason.Other)
            .WithText("closing-reason-required");
        RuleFor(x => x.ClosingReason).MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class RequestApprovalHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<RequestApproval, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RequestApproval command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.request-approval", cancellationToken);
        await db.EnsureClientWritableAsync(@case.ClientId, cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        if (command.Subject == ApprovalSubject.Plan)
        {
            @case.EnsureOpen();
            var goals = await db.PlanGoals.CountAsync(g => g.CaseId == @case.Id, cancellationToken);
            @case.RequestPlanApproval(goals, command.ClosingReason, user.UserId, clock.GetUtcNow());
        }
        else
        {
            @case.RequestClosure(command.ClosureReason ?? ClosureReason.Other, command.ClosingReason, user.UserId, clock.GetUtcNow());
        }
        await outbox.ApprovalRequestedAsync(db, user, @case, command.Subject, cancellationToken);
        await db.SaveCaseAsync(@case, cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
