using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>
/// The daily follow-up job: marks open tasks past their due date and plans past their review date,
/// which puts them on the worker's and the unit head's work lists. It runs facility by facility,
/// each inside its own tenant, so the tenant rules apply to the job as to any request.
/// </summary>
public sealed class CaseJobs(AppDbContext db, TenantScope tenant, TimeProvider clock, ILogger<CaseJobs> logger)
{
    public const string DailyJobId = "cases-daily-follow-up";

    public async Task MarkOverdueAsync(CancellationToken cancellationToken)
    {
        var facilities = await db.Facilities.AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken);
        var total = 0;
        foreach (var facilityId in facilities) total += await MarkOverdueAsync(facilityId, cancellationToken);
        logger.LogInformation("Marked {Count} plans past review", total);
    }

    public async Task<int> MarkOverdueAsync(Guid facilityId, CancellationToken cancellationToken)
    {
        using var _ = tenant.Enter(facilityId);
        var today = VietnamClock.Today(clock);
        var plans = await db.Cases
            .Where(c => c.Stage != CaseStage.Closed && c.PlanReviewOverdueSince == null && c.PlanReviewOn != null && c.PlanReviewOn < today)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PlanReviewOverdueSince, today), cancellationToken);
        return plans;
    }
}
