using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>The facility's annual plans, newest year first.</summary>
[RequiresPermission(Permissions.PlansRead)]
public sealed record ListPlans : IQuery<IReadOnlyList<PlanSummary>>;

public sealed class ListPlansHandler(AppDbContext db) : IQueryHandler<ListPlans, IReadOnlyList<PlanSummary>>
{
    public async ValueTask<IReadOnlyList<PlanSummary>> Handle(ListPlans query, CancellationToken cancellationToken) =>
        await PlanRules.SummariesAsync(db, db.AnnualPlans.OrderByDescending(p => p.Year), cancellationToken);
}
