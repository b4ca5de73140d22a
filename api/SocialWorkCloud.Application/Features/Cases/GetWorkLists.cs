using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

public sealed record OverdueTaskItem(Guid TaskId, Guid CaseId, string ClientName, string Title, DateOnly DueOn, DateOnly OverdueSince, string? AssigneeName);

public sealed record AlertItem(Guid AlertId, Guid CaseId, string ClientName, CaseAlertKind Kind, DateTimeOffset RaisedAt);

/// <summary>
/// What needs the caller's attention: open cases assigned to them, overdue tasks (open past their due
/// date, computed as read) and plans past their review date (marked by the daily job; the unit head sees
/// the whole unit's), and for the unit head
/// the approvals awaiting a decision and the child-at-high-risk alerts.
/// </summary>
public sealed record WorkLists(
    IReadOnlyList<CaseSummary> MyCases, IReadOnlyList<OverdueTaskItem> OverdueTasks, IReadOnlyList<CaseSummary> PlansPastReview,
    IReadOnlyList<CaseSummary> AwaitingApproval, IReadOnlyList<AlertItem> Alerts);

[RequiresPermission(Permissions.CasesWork)]
public sealed record GetWorkLists : IQuery<WorkLists>;

public sealed class GetWorkListsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetWorkLists, WorkLists>
{
    private const int Limit = 100;

    public async ValueTask<WorkLists> Handle(GetWorkLists query, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? Guid.Empty;
        var today = VietnamClock.Today(clock);
        var supervisor = user.HasPermission(Permissions.CasesSupervise);
        var visible = db.Cases.AsNoTracking().VisibleTo(user);

        var myCases = await CaseQueries.Summaries(db, visible.Where(c => c.AssignedWorkerId == me && c.Stage != CaseStage.Closed)
            .OrderByDescending(c => c.Priority).ThenBy(c => c.OpenedOn).Take(Limit)).ToListAsync(cancellationToken);

        var overdue = await (
                from t in db.FollowUpTasks.AsNoTracking()
                join c in visible on t.CaseId equals c.Id
                join cl in db.Clients on c.ClientId equals cl.Id
                where t.DoneAt == null && t.DueOn < today && (supervisor || t.AssigneeId == me)
                orderby t.DueOn
                select new OverdueTaskItem(t.Id, c.Id, cl.FullName, t.Title, t.DueOn, t.DueOn.AddDays(1),
                    db.Users.Where(u => u.Id == t.AssigneeId).Select(u => u.FullName).FirstOrDefault()))
            .Take(Limit).ToListAsync(cancellationToken);

        var pastReview = await CaseQueries.Summaries(db, visible
                .Where(c => c.PlanReviewOverdueSince != null && c.Stage != CaseStage.Closed && (supervisor || c.AssignedWorkerId == me))
                .OrderBy(c => c.PlanReviewOn).Take(Limit))
            .ToListAsync(cancellationToken);

        IReadOnlyList<CaseSummary> awaiting = [];
        IReadOnlyList<AlertItem> alerts = [];
        if (supervisor)
        {
            awaiting = await CaseQueries.Summaries(db, visible
                    .Where(c => c.PlanApproval == ApprovalState.Requested || c.ClosureApproval == ApprovalState.Requested)
                    .OrderBy(c => c.OpenedOn).Take(Limit))
                .ToListAsync(cancellationToken);
            alerts = await (
                    from a in db.CaseAlerts.AsNoTracking()
                    join c in visible on a.CaseId equals c.Id
                    join cl in db.Clients on c.ClientId equals cl.Id
                    where a.AcknowledgedAt == null
                    orderby a.RaisedAt
                    select new AlertItem(a.Id, c.Id, cl.FullName, a.Kind, a.RaisedAt))
                .Take(Limit).ToListAsync(cancellationToken);
        }
        // The lists name each case's client: a sensitive case shown here is a read of it.
        await db.AuditSensitiveReadsAsync(user, clock, "case.work-lists",
            myCases.Concat(pastReview).Concat(awaiting).Select(c => c.Id).Concat(overdue.Select(t => t.CaseId)).Concat(alerts.Select(a => a.CaseId)),
            cancellationToken);
        return new WorkLists(myCases, overdue, pastReview, awaiting, alerts);
    }
}
