using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Reception;

namespace SocialWorkCloud.Application.Features.MyWork;

/// <summary>An open case assigned to the caller, with its next open follow-up (overdue when its date has passed); the client's id lets the start page log counselling on it.</summary>
public sealed record MyCase(
    Guid Id, string CaseNumber, string ClientName, CaseStage Stage, CasePriority Priority, RiskLevel RiskLevel, DateOnly? NextTaskDueOn,
    string? NextTaskTitle, Guid ClientId);

public sealed record MyTallyKind(ContactKind Kind, int Today, int ThisMonth);

/// <summary>The contacts the caller tapped on the tally screen (undos subtracted).</summary>
public sealed record MyTally(int Today, int ThisMonth, IReadOnlyList<MyTallyKind> ByKind);

public enum MyLoggedKind
{
    Communication = 1,
    Charity = 2,
    Counselling = 3,
}

/// <summary>Something the caller logged: a communication item, a charity activity or a counselling session they held.</summary>
public sealed record MyLoggedItem(MyLoggedKind Kind, Guid Id, DateOnly Date, string Title, Guid? CaseId);

/// <summary>
/// The caller's own work for their start page — a collaborator has no unit-wide figures: their open assigned cases
/// (at most 50), their tally today and this month, and the latest 20 things they logged.
/// </summary>
public sealed record MyWorkSummary(IReadOnlyList<MyCase> Cases, MyTally Tally, IReadOnlyList<MyLoggedItem> Logged);

[RequiresPermission(Permissions.ActivitiesLog)]
public sealed record GetMyWork : IQuery<MyWorkSummary>;

public sealed class GetMyWorkHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetMyWork, MyWorkSummary>
{
    private const int LoggedLimit = 20;

    public async ValueTask<MyWorkSummary> Handle(GetMyWork query, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? Guid.Empty;
        var today = VietnamClock.Today(clock);
        var monthStart = new DateOnly(today.Year, today.Month, 1);

        var cases = await (
                from c in db.Cases.AsNoTracking().VisibleTo(user)
                where c.AssignedWorkerId == me && c.Stage != CaseStage.Closed
                join cl in db.Clients on c.ClientId equals cl.Id
                where cl.RestrictedSince == null
                let next = db.FollowUpTasks.Where(t => t.CaseId == c.Id && t.DoneAt == null).OrderBy(t => t.DueOn).FirstOrDefault()
                orderby c.Priority descending, c.OpenedOn
                select new MyCase(c.Id, c.CaseNumber, cl.FullName, c.Stage, c.Priority, c.RiskLevel, next == null ? null : next.DueOn,
                    next == null ? null : next.Title, c.ClientId))
            .Take(50).ToListAsync(cancellationToken);

        var tally = await db.ReceptionTallies.AsNoTracking()
            .Where(t => t.RecordedById == me && t.Date >= monthStart && t.Date <= today)
            .GroupBy(t => new { t.Kind, IsToday = t.Date == today })
            .Select(g => new { g.Key.Kind, g.Key.IsToday, Count = g.Sum(t => t.Count) })
            .ToListAsync(cancellationToken);
        var byKind = tally.GroupBy(t => t.Kind).OrderBy(g => g.Key)
            .Select(g => new MyTallyKind(g.Key, g.Where(t => t.IsToday).Sum(t => t.Count), g.Sum(t => t.Count))).ToList();

        var communication = await db.CommunicationItems.AsNoTracking().Where(i => i.RecordedById == me)
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.CreatedAt).Take(LoggedLimit)
            .Select(i => new { i.Id, i.Date, i.Title, At = i.CreatedAt }).ToListAsync(cancellationToken);
        var charity = await db.CharityActivities.AsNoTracking().Where(a => a.RecordedById == me)
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.CreatedAt).Take(LoggedLimit)
            .Select(a => new { a.Id, a.Date, a.Title, At = a.CreatedAt }).ToListAsync(cancellationToken);
        // Sessions of a restricted client are left out, as in every list.
        var counselling = await (
                from s in db.CounsellingSessions.AsNoTracking()
                where s.CounsellorId == me
                join cl in db.Clients on s.ClientId equals cl.Id
                where cl.RestrictedSince == null
                orderby s.HeldOn descending, s.RecordedAt descending
                select new { s.Id, s.HeldOn, s.Topic, s.CaseId, s.RecordedAt })
            .Take(LoggedLimit).ToListAsync(cancellationToken);
        var logged = communication.Select(i => (Item: new MyLoggedItem(MyLoggedKind.Communication, i.Id, i.Date, i.Title, null), i.At))
            .Concat(charity.Select(a => (Item: new MyLoggedItem(MyLoggedKind.Charity, a.Id, a.Date, a.Title, null), a.At)))
            .Concat(counselling.Select(s => (Item: new MyLoggedItem(MyLoggedKind.Counselling, s.Id, s.HeldOn, s.Topic, s.CaseId), At: s.RecordedAt)))
            .OrderByDescending(x => x.Item.Date).ThenByDescending(x => x.At).Take(LoggedLimit).Select(x => x.Item).ToList();

        // The case list names each case's client: a sensitive case shown here is a read of it.
        await db.AuditSensitiveReadsAsync(user, clock, "case.my-work", cases.Select(c => c.Id), cancellationToken);
        return new MyWorkSummary(cases, new MyTally(byKind.Sum(k => k.Today), byKind.Sum(k => k.ThisMonth), byKind), logged);
    }
}
