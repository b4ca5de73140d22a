using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>Replaces a draft (or returned) plan's summary, targets and activities; send the version you read.</summary>
[RequiresPermission(Permissions.PlansWrite)]
public sealed record UpdatePlan(
    [property: JsonIgnore] Guid PlanId, Guid Version, string? Summary, IReadOnlyList<PlanTargetInput>? Targets, IReadOnlyList<PlannedActivityInput>? Activities)
    : ICommand<PlanDto>, IPlanFields;

public sealed class UpdatePlanValidator : AbstractValidator<UpdatePlan>
{
    public UpdatePlanValidator()
    {
        RuleFor(x => x.Version).NotEmpty();
        this.AddPlanRules();
    }
}

public sealed class UpdatePlanHandler(AppDbContext db) : ICommandHandler<UpdatePlan, PlanDto>
{
    public async ValueTask<PlanDto> Handle(UpdatePlan command, CancellationToken cancellationToken)
    {
        var plan = await db.AnnualPlans.SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("Plan", command.PlanId);
        db.Entry(plan).Property(p => p.Version).OriginalValue = command.Version;
        await PlanRules.ReplaceContentAsync(db, plan, command, cancellationToken);
        db.Entry(plan).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await PlanRules.LoadAsync(db, db.AnnualPlans, plan.Id, cancellationToken);
    }
}
