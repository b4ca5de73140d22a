using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>Replaces a draft (or returned) five-year plan's texts and yearly targets; send the version you read.</summary>
[RequiresPermission(Permissions.PlansWrite)]
public sealed record UpdateFiveYearPlan(
    [property: JsonIgnore] Guid PlanId, Guid Version, string? GeneralGoal, string? SpecificObjectives, string? Solutions, string? Recommendations,
    IReadOnlyList<FiveYearTargetInput>? Targets)
    : ICommand<FiveYearPlanDto>, IFiveYearPlanFields;

public sealed class UpdateFiveYearPlanValidator : AbstractValidator<UpdateFiveYearPlan>
{
    public UpdateFiveYearPlanValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        this.AddFiveYearPlanRules();
    }
}

public sealed class UpdateFiveYearPlanHandler(AppDbContext db, ICurrentUser user) : ICommandHandler<UpdateFiveYearPlan, FiveYearPlanDto>
{
    public async ValueTask<FiveYearPlanDto> Handle(UpdateFiveYearPlan command, CancellationToken cancellationToken)
    {
        var plan = await db.FiveYearPlans.SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("FiveYearPlan", command.PlanId);
        db.Entry(plan).Property(p => p.Version).OriginalValue = command.Version;
        await FiveYearPlanRules.ReplaceContentAsync(db, user, plan, command, cancellationToken);
        db.Entry(plan).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await FiveYearPlanRules.LoadAsync(db, db.FiveYearPlans, plan.Id, cancellationToken);
    }
}
