using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Moves a case to another stage. The next stage is the normal path; skipping or stepping back needs a reason.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record MoveCase([property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, CaseStage ToStage, string? Reason, Guid Version)
    : ICommand<CaseDetail>;

public sealed class MoveCaseValidator : AbstractValidator<MoveCase>
{
    public MoveCaseValidator()
    {
        RuleFor(x => x.ToStage).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(2000);
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class MoveCaseHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MoveCase, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(MoveCase command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.move", cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        var check = CaseProcess.Check(@case.Stage, command.ToStage, @case.PlanApproval);
        if (!check.Allowed)
        {
            throw new BusinessRuleException(check.Rule!, check.Rule switch
            {
                "case-closed" => "Trường hợp đã đóng; hãy mở lại trước. / The case is closed: reopen it first.",
                "closure-needs-approval" => "Đóng trường hợp cần trưởng đơn vị phê duyệt. / Closing a case needs the unit head's approval.",
                "plan-not-approved" => "Kế hoạch chưa được phê duyệt. / The case plan is not approved yet.",
                _ => "Trường hợp đã ở bước này. / The case is already at this stage.",
            });
        }
        if (check.NeedsReason && string.IsNullOrWhiteSpace(command.Reason))
        {
            throw new BusinessRuleException("reason-required", "Bỏ qua hoặc quay lại một bước cần ghi lý do. / Skipping or going back a step needs a reason.");
        }
        db.Record(@case, @case.Stage, command.ToStage, command.Reason?.Trim(), user, clock);
        @case.Stage = command.ToStage;
        await db.SaveChangesAsync(cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, cancellationToken);
    }
}
