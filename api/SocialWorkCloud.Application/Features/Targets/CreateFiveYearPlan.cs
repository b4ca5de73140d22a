using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>Drafts the facility's five-year plan for a period (one per period: a second is a 409).</summary>
/// <param name="StartYear">The period's first year: 2026 for 2026–2030, 2031 for 2031–2035.</param>
[RequiresPermission(Permissions.PlansWrite)]
public sealed record CreateFiveYearPlan(
    int StartYear, string? GeneralGoal, string? SpecificObjectives, string? Solutions, string? Recommendations, IReadOnlyList<FiveYearTargetInput>? Targets)
    : ICommand<FiveYearPlanDto>, IFiveYearPlanFields;

public sealed class CreateFiveYearPlanValidator : AbstractValidator<CreateFiveYearPlan>
{
    public CreateFiveYearPlanValidator()
    {
        RuleFor(x => x.StartYear).MustStartAFiveYearPeriod();
        this.AddFiveYearPlanRules();
    }
}

public sealed class CreateFiveYearPlanHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateFiveYearPlan, FiveYearPlanDto>
{
    public async ValueTask<FiveYearPlanDto> Handle(CreateFiveYearPlan command, CancellationToken cancellationToken)
    {
        if (await db.FiveYearPlans.AnyAsync(p => p.StartYear == command.StartYear, cancellationToken))
            throw new ConflictException("five-year-plan-exists");
        var plan = FiveYearPlan.Draft(command.StartYear, clock.GetUtcNow());
        db.FiveYearPlans.Add(plan);
        await FiveYearPlanRules.ReplaceContentAsync(db, user, plan, command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await FiveYearPlanRules.LoadAsync(db, db.FiveYearPlans, plan.Id, cancellationToken);
    }
}
