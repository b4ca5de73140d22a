using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>One of the facility's annual plans with its targets and planned activities.</summary>
[RequiresPermission(Permissions.PlansRead)]
public sealed record GetPlan(Guid PlanId) : IQuery<PlanDto>;

public sealed class GetPlanHandler(AppDbContext db) : IQueryHandler<GetPlan, PlanDto>
{
    public async ValueTask<PlanDto> Handle(GetPlan query, CancellationToken cancellationToken) =>
        await PlanRules.LoadAsync(db, db.AnnualPlans, query.PlanId, cancellationToken);
}
