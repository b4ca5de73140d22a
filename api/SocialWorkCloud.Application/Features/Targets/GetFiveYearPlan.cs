using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>One of the facility's five-year plans with its yearly targets.</summary>
[RequiresPermission(Permissions.PlansRead)]
public sealed record GetFiveYearPlan(Guid PlanId) : IQuery<FiveYearPlanDto>;

public sealed class GetFiveYearPlanHandler(AppDbContext db) : IQueryHandler<GetFiveYearPlan, FiveYearPlanDto>
{
    public async ValueTask<FiveYearPlanDto> Handle(GetFiveYearPlan query, CancellationToken cancellationToken) =>
        await FiveYearPlanRules.LoadAsync(db, db.FiveYearPlans, query.PlanId, cancellationToken);
}

/// <summary>The facility's five-year plans, latest period first.</summary>
[RequiresPermission(Permissions.PlansRead)]
public sealed record ListFiveYearPlans : IQuery<IReadOnlyList<FiveYearPlanSummary>>;

public sealed class ListFiveYearPlansHandler(AppDbContext db) : IQueryHandler<ListFiveYearPlans, IReadOnlyList<FiveYearPlanSummary>>
{
    public async ValueTask<IReadOnlyList<FiveYearPlanSummary>> Handle(ListFiveYearPlans query, CancellationToken cancellationToken) =>
        await FiveYearPlanRules.SummariesAsync(db, db.FiveYearPlans.OrderByDescending(p => p.StartYear), cancellationToken);
}
