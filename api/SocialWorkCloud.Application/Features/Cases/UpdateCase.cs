using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>Reassigns a case, changes its priority or risk level, marks it sensitive. Only the unit head reassigns or unmarks sensitivity.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record UpdateCase(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, Guid AssignedWorkerId, CasePriority Priority, RiskLevel RiskLevel,
    bool IsSensitive, Guid Version) : ICommand<CaseDetail>;

public sealed class UpdateCaseValidator : AbstractValidator<UpdateCase>
{
    public UpdateCaseValidator()
    {
        RuleFor(x => x.AssignedWorkerId).NotEmpty();
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.RiskLevel).IsInEnum();
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class UpdateCaseHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateCase, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(UpdateCase command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.update", cancellationToken);
        await db.EnsureClientWritableAsync(@case.ClientId, cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        var supervisor = user.HasPermission(Permissions.CasesSupervise);
        if (!supervisor && (command.AssignedWorkerId != @case.AssignedWorkerId || (@case.IsSensitive && !command.IsSensitive)))
        {
            throw new Common.Exceptions.ForbiddenException("case-reassign-head-only");
        }
        if (command.AssignedWorkerId != @case.AssignedWorkerId) await db.RequireStaffAsync(user, command.AssignedWorkerId, cancellationToken);
        if (command.IsSensitive && !@case.IsSensitive) Common.Auditing.AuditLog.Audit(db, user, clock, "case.mark-sensitive", nameof(Case), @case.Id);
        @case.Update(command.AssignedWorkerId, command.Priority, command.RiskLevel, command.IsSensitive, user.UserId, clock.GetUtcNow());
        await db.SaveCaseAsync(@case, cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
