using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>Submits the five-year plan to the Health Department; it can no longer be edited unless returned.</summary>
[RequiresPermission(Permissions.PlansWrite)]
public sealed record SubmitFiveYearPlan([property: JsonIgnore] Guid PlanId, Guid Version) : ICommand<FiveYearPlanDto>;

public sealed class SubmitFiveYearPlanValidator : AbstractValidator<SubmitFiveYearPlan>
{
    public SubmitFiveYearPlanValidator() => RuleFor(x => x.Version).NotEmpty();
}

public sealed class SubmitFiveYearPlanHandler(AppDbContext db, ICurrentUser user, TimeProvider clock, IOutbox outbox)
    : ICommandHandler<SubmitFiveYearPlan, FiveYearPlanDto>
{
    public async ValueTask<FiveYearPlanDto> Handle(SubmitFiveYearPlan command, CancellationToken cancellationToken)
    {
        var plan = await db.FiveYearPlans.SingleOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken)
            ?? throw new NotFoundException("FiveYearPlan", command.PlanId);
        db.Entry(plan).Property(p => p.Version).OriginalValue = command.Version;
        var hasTargets = await db.FiveYearPlanTargets.AnyAsync(t => t.PlanId == plan.Id, cancellationToken);
        plan.Submit(hasTargets, user.UserId, clock.GetUtcNow());
        await outbox.FiveYearPlanEventAsync(db, user, plan, NotificationKind.FiveYearPlanSubmitted, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await FiveYearPlanRules.LoadAsync(db, db.FiveYearPlans, plan.Id, cancellationToken);
    }
}
