using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

public sealed record PlanGoalInput(string Goal, ServiceType? PlannedService, string? Responsible, DateOnly? DueOn);

/// <summary>Writes the case plan (goals, planned services, responsible people, due dates, review date). Changing an approved plan needs approval again.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record SavePlan(
    [property: System.Text.Json.Serialization.JsonIgnore] Guid CaseId, IReadOnlyList<PlanGoalInput> Goals, DateOnly? ReviewOn, Guid Version)
    : ICommand<CaseDetail>;

public sealed class SavePlanValidator : AbstractValidator<SavePlan>
{
    public SavePlanValidator()
    {
        RuleFor(x => x.Goals).NotNull().ItemCount(1, 30)
            .WithText("plan-goal-count");
        RuleForEach(x => x.Goals).NotNull().ChildRules(g =>
        {
            g.RuleFor(x => x.Goal).NotEmpty().MaximumLength(1000);
            g.RuleFor(x => x.PlannedService).IsInEnum();
            g.RuleFor(x => x.Responsible).MaximumLength(200);
        });
        RuleFor(x => x.Version).NotEmpty();
    }
}

public sealed class SavePlanHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SavePlan, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(SavePlan command, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, command.CaseId, "case.plan", cancellationToken);
        await db.EnsureClientWritableAsync(@case.ClientId, cancellationToken);
        db.Entry(@case).Property(c => c.Version).OriginalValue = command.Version;
        @case.SavePlan(command.Goals.Select(g => new PlanGoalDraft(g.Goal, g.PlannedService, g.Responsible, g.DueOn)), command.ReviewOn);
        // The new goals replace the previous ones.
        await db.PlanGoals.Where(g => g.CaseId == @case.Id).ExecuteDeleteAsync(cancellationToken);
        // Touch the case so the version renews even when only the goals changed.
        db.Entry(@case).State = EntityState.Modified;
        await db.SaveCaseAsync(@case, cancellationToken);
        return await CaseDetails.BuildAsync(db, @case, VietnamClock.Today(clock), cancellationToken);
    }
}
