using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Asks the unit head to approve the plan, or the closure (with its reason).</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record RequestApproval(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, ApprovalSubject Subject, string? ClosingReason, Guid Version)
    : ICommand<CaseDetail>;

public sealed class RequestApprovalValidator : AbstractValidator<RequestApproval>
{
    public RequestApprovalValidator()
    {
        RuleFor(x => x.Subject).IsInEnum();
        RuleFor(x => x.ClosingReason).NotEmpty().When(x => x.Subject == ApprovalSubject.Closure)
            .WithMessage("Đóng trường hợp cần lý do. / Closing a case needs a reason.");
        RuleFor(x => x.ClosingReason).MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class RequestApprovalHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RequestApproval, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RequestApproval command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.request-approval", cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        @case.RequireOpen();
        if (command.Subject == ApprovalSubject.Plan)
        {
            if (@case.PlanApproval is ApprovalState.Requested or ApprovalState.Approved)
                throw new BusinessRuleException("plan-already-requested", "Kế hoạch đã được gửi hoặc đã được duyệt. / The plan is already awaiting approval or approved.");
            if (!await db.PlanGoals.AnyAsync(g => g.CaseId == @case.Id, cancellationToken))
                throw new BusinessRuleException("plan-empty", "Kế hoạch chưa có mục tiêu. / The plan has no goals yet.");
            @case.PlanApproval = ApprovalState.Requested;
        }
        else
        {
            if (@case.ClosureApproval == ApprovalState.Requested)
                throw new BusinessRuleException("closure-already-requested", "Đã đề nghị đóng trường hợp. / Closure is already awaiting approval.");
            @case.ClosureApproval = ApprovalState.Requested;
            @case.RequestedClosingReason = command.ClosingReason!.Trim();
        }
        db.CaseApprovals.Add(new CaseApproval
        {
            Id = Guid.NewGuid(), CaseId = @case.Id, Subject = command.Subject, Decision = ApprovalState.Requested,
            Comment = command.ClosingReason?.Trim(), At = clock.GetUtcNow(), ByUserId = user.UserId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, cancellationToken);
    }
}
