using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Reopens a closed case at the assessment stage, with a reason; the closure stays in its history.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record ReopenCase([property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, string Reason, Guid Version) : ICommand<CaseDetail>;

public sealed class ReopenCaseValidator : AbstractValidator<ReopenCase>
{
    public ReopenCaseValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class ReopenCaseHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReopenCase, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(ReopenCase command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.reopen", cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        if (@case.Stage != CaseStage.Closed)
        {
            throw new BusinessRuleException("case-open", "Trường hợp chưa đóng. / The case is not closed.");
        }
        db.Record(@case, CaseStage.Closed, CaseStage.Assessment, command.Reason.Trim(), user, clock);
        @case.Stage = CaseStage.Assessment;
        @case.ClosedOn = null;
        @case.ClosingReason = null;
        @case.ClosureApproval = ApprovalState.None;
        @case.RequestedClosingReason = null;
        await db.SaveChangesAsync(cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, cancellationToken);
    }
}
