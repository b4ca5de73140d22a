using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Targets;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>Submits the plan to the Health Department; it can no longer be edited unless returned.</summary>
[RequiresPermission(Permissions.PlansWrite)]
public sealed record SubmitPlan([property: JsonIgnore] Guid PlanId, Guid Version) : ICommand<PlanDto>;

public sealed class SubmitPlanValidator : AbstractValidator<SubmitPlan>
{
    public SubmitPlanValidator() => RuleFor(x => x.Version).NotEmpty();
}

public sealed class SubmitPlanHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox) : ICommandHandler<SubmitPlan, PlanDto>
{
    public async ValueTask<PlanDto> Handle(SubmitPlan command, CancellationToken cancellationToken)
    {
        var plan = await db.AnnualPlans.SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("Plan", command.PlanId);
        db.Entry(plan).Property(p => p.Version).OriginalValue = command.Version;
        var hasContent = await db.PlanTargets.AnyAsync(t => t.PlanId == plan.Id, cancellationToken)
            || await db.PlannedActivities.AnyAsync(a => a.PlanId == plan.Id, cancellationToken);
        plan.Submit(hasContent, user.UserId, clock.GetUtcNow());
        await outbox.AnnualPlanEventAsync(db, user, plan.FacilityId, plan.Year, NotificationKind.AnnualPlanSubmitted, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await PlanRules.LoadAsync(db, db.AnnualPlans, plan.Id, cancellationToken);
    }
}
