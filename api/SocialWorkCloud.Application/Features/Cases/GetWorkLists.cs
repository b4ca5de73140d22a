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
        var readFacility = user.HasPermission(Permissions.CasesReadFacility);

        var myCases = await ListAsync(MyCases.For(db, supervisor, readFacility)(db, me), cancellationToken);
        var overdue = await ListAsync(Overdue.For(db, supervisor, readFacility)(db, me, today), cancellationToken);
        var pastReview = await ListAsync(PastReview.For(db, supervisor, readFacility)(db, me), cancellationToken);
        List<CaseSummary> awaiting = [];
        List<AlertRow> alerts = [];
        if (supervisor)
        {
            awaiting = await ListAsync(Awaiting.For(db, supervisor, readFacility)(db, me), cancellationToken);
            alerts = await ListAsync(Alerts.For(db, supervisor, readFacility)(db, me), cancellationToken);
        }
        // The lists name each case's client: a sensitive case shown here is a read of it. Each row says whether its case is
        // sensitive, read in the same statement, so no further query asks it again (and nothing is gathered when none is).
        List<Guid>? sensitive = null;
        foreach (var c in myCases) if (c.IsSensitive) (sensitive ??= []).Add(c.Id);
        foreach (var c in pastReview) if (c.IsSensitive) (sensitive ??= []).Add(c.Id);
        foreach (var c in awaiting) if (c.IsSensitive) (sensitive ??= []).Add(c.Id);
        foreach (var t in overdue) if (t.IsSensitive) (sensitive ??= []).Add(t.Item.CaseId);
        foreach (var a in alerts) if (a.IsSensitive) (sensitive ??= []).Add(a.Item.CaseId);
        if (sensitive is not null) await db.AuditSensitiveCaseReadsAsync(user, clock, "case.work-lists", sensitive, cancellationToken);
        return new WorkLists(myCases, overdue.ConvertAll(t => t.Item), pastReview, awaiting, alerts.ConvertAll(a => a.Item));
    }

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list;
    }

    private sealed record OverdueRow(OverdueTaskItem Item, bool IsSensitive);

    private sealed record AlertRow(AlertItem Item, bool IsSensitive);

    // The five lists as compiled queries (issue 19: the work lists are read on every home page): EF builds, hashes and
    // looks up no expression tree per request. Who sees which case is CaseAccess.VisibleTo with the caller's permissions
    // as parameters — the unit head (supervise) every case, a social worker (readFacility) every case not sensitive and
    // their own, anyone else their own — each query compiled once per permission set with the rule folded to that role's
    // (CompiledPerVisibility). A list takes its 100 cases, then leaves out those of a restricted client (CaseQueries.Summaries).

    private static readonly CompiledPerVisibility<Func<AppDbContext, Guid, bool, bool, IQueryable<CaseSummary>>, Func<AppDbContext, Guid, IQueryable<CaseSummary>>, Func<AppDbContext, Guid, IAsyncEnumerable<CaseSummary>>> MyCases = new(
        (db, me, supervise, readFacility) =>
            from c in db.Cases.AsNoTracking()
                .Where(c => supervise || c.AssignedWorkerId == me || (readFacility && !c.IsSensitive))
                .Where(c => c.AssignedWorkerId == me && c.Stage != CaseStage.Closed)
                .OrderByDescending(c => c.Priority).ThenBy(c => c.OpenedOn).Take(Limit)
            join cl in db.Clients on c.ClientId equals cl.Id
            where cl.RestrictedSince == null
            select new CaseSummary(
                c.Id, c.CaseNumber, c.ClientId, cl.FullName, c.AssignedWorkerId,
                db.Users.Where(u => u.Id == c.AssignedWorkerId).Select(u => u.FullName).FirstOrDefault(),
                c.Priority, c.RiskLevel, c.Stage, c.IsSensitive, c.OpenedOn, c.ClosedOn, c.PlanApproval, c.ClosureApproval),
        q => EF.CompileAsyncQuery(q));

    private static readonly CompiledPerVisibility<Func<AppDbContext, Guid, bool, bool, DateOnly, IQueryable<OverdueRow>>, Func<AppDbContext, Guid, DateOnly, IQueryable<OverdueRow>>, Func<AppDbContext, Guid, DateOnly, IAsyncEnumerable<OverdueRow>>> Overdue = new(
        (db, me, supervise, readFacility, today) =>
            (from t in db.FollowUpTasks.AsNoTracking()
             join c in db.Cases.Where(c => supervise || c.AssignedWorkerId == me || (readFacility && !c.IsSensitive)) on t.CaseId equals c.Id
             join cl in db.Clients on c.ClientId equals cl.Id
             where cl.RestrictedSince == null
             where t.DoneAt == null && t.DueOn < today && (supervise || t.AssigneeId == me)
             orderby t.DueOn
             select new OverdueRow(
                 new OverdueTaskItem(t.Id, c.Id, cl.FullName, t.Title, t.DueOn, t.DueOn.AddDays(1),
                     db.Users.Where(u => u.Id == t.AssigneeId).Select(u => u.FullName).FirstOrDefault()),
                 c.IsSensitive))
            .Take(Limit),
        q => EF.CompileAsyncQuery(q));

    private static readonly CompiledPerVisibility<Func<AppDbContext, Guid, bool, bool, IQueryable<CaseSummary>>, Func<AppDbContext, Guid, IQueryable<CaseSummary>>, Func<AppDbContext, Guid, IAsyncEnumerable<CaseSummary>>> PastReview = new(
        (db, me, supervise, readFacility) =>
            from c in db.Cases.AsNoTracking()
                .Where(c => supervise || c.AssignedWorkerId == me || (readFacility && !c.IsSensitive))
                .Where(c => c.PlanReviewOverdueSince != null && c.Stage != CaseStage.Closed && (supervise || c.AssignedWorkerId == me))
                .OrderBy(c => c.PlanReviewOn).Take(Limit)
            join cl in db.Clients on c.ClientId equals cl.Id
            where cl.RestrictedSince == null
            select new CaseSummary(
                c.Id, c.CaseNumber, c.ClientId, cl.FullName, c.AssignedWorkerId,
                db.Users.Where(u => u.Id == c.AssignedWorkerId).Select(u => u.FullName).FirstOrDefault(),
                c.Priority, c.RiskLevel, c.Stage, c.IsSensitive, c.OpenedOn, c.ClosedOn, c.PlanApproval, c.ClosureApproval),
        q => EF.CompileAsyncQuery(q));

    private static readonly CompiledPerVisibility<Func<AppDbContext, Guid, bool, bool, IQueryable<CaseSummary>>, Func<AppDbContext, Guid, IQueryable<CaseSummary>>, Func<AppDbContext, Guid, IAsyncEnumerable<CaseSummary>>> Awaiting = new(
        (db, me, supervise, readFacility) =>
            from c in db.Cases.AsNoTracking()
                .Where(c => supervise || c.AssignedWorkerId == me || (readFacility && !c.IsSensitive))
                .Where(c => c.PlanApproval == ApprovalState.Requested || c.ClosureApproval == ApprovalState.Requested)
                .OrderBy(c => c.OpenedOn).Take(Limit)
            join cl in db.Clients on c.ClientId equals cl.Id
            where cl.RestrictedSince == null
            select new CaseSummary(
                c.Id, c.CaseNumber, c.ClientId, cl.FullName, c.AssignedWorkerId,
                db.Users.Where(u => u.Id == c.AssignedWorkerId).Select(u => u.FullName).FirstOrDefault(),
                c.Priority, c.RiskLevel, c.Stage, c.IsSensitive, c.OpenedOn, c.ClosedOn, c.PlanApproval, c.ClosureApproval),
        q => EF.CompileAsyncQuery(q));

    private static readonly CompiledPerVisibility<Func<AppDbContext, Guid, bool, bool, IQueryable<AlertRow>>, Func<AppDbContext, Guid, IQueryable<AlertRow>>, Func<AppDbContext, Guid, IAsyncEnumerable<AlertRow>>> Alerts = new(
        (db, me, supervise, readFacility) =>
            (from a in db.CaseAlerts.AsNoTracking()
             join c in db.Cases.Where(c => supervise || c.AssignedWorkerId == me || (readFacility && !c.IsSensitive)) on a.CaseId equals c.Id
             join cl in db.Clients on c.ClientId equals cl.Id
             where cl.RestrictedSince == null
             where a.AcknowledgedAt == null
             orderby a.RaisedAt
             select new AlertRow(new AlertItem(a.Id, c.Id, cl.FullName, a.Kind, a.RaisedAt), c.IsSensitive))
            .Take(Limit),
        q => EF.CompileAsyncQuery(q));
}
