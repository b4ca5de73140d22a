using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>Drafts the facility's annual plan for a year (one per year: a second is a 409).</summary>
[RequiresPermission(Permissions.PlansWrite)]
public sealed record CreatePlan(int Year, string? Summary, IReadOnlyList<PlanTargetInput>? Targets, IReadOnlyList<PlannedActivityInput>? Activities)
    : ICommand<PlanDto>, IPlanFields;

public sealed class CreatePlanValidator : AbstractValidator<CreatePlan>
{
    public CreatePlanValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        this.AddPlanRules();
    }
}

public sealed class CreatePlanHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CreatePlan, PlanDto>
{
    public async ValueTask<PlanDto> Handle(CreatePlan command, CancellationToken cancellationToken)
    {
        if (await db.AnnualPlans.AnyAsync(p => p.Year == command.Year, cancellationToken))
            throw new ConflictException("annual-plan-exists");
        var plan = AnnualPlan.Draft(command.Year, clock.GetUtcNow());
        db.AnnualPlans.Add(plan);
        await PlanRules.ReplaceContentAsync(db, plan, command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await PlanRules.LoadAsync(db, db.AnnualPlans, plan.Id, cancellationToken);
    }
}
