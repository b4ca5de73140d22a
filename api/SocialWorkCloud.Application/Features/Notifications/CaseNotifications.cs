using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>
/// The case events that reach people: approval requests go to the unit head, answers to who asked and the
/// assigned worker, a child at high risk to the unit head at once. A sensitive case's client is never named
/// (the argument stays empty and reads "a confidential case"), and only those who may see the case receive it.
/// </summary>
public static class CaseNotifications
{
    public static async Task ApprovalRequestedAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, Case @case, ApprovalSubject subject, CancellationToken ct)
    {
        var kind = subject == ApprovalSubject.Plan ? NotificationKind.CasePlanApprovalRequested : NotificationKind.CaseClosureApprovalRequested;
        var requester = await NameOfAsync(db, user.UserId, ct);
        outbox.Raise(kind, @case.FacilityId, null, NotificationRecords.Case, @case.Id, user.UserId,
            roles: [UserRole.FacilityAdmin], caseId: @case.Id, args: [await ClientLabelAsync(db, @case, ct), requester ?? "—"]);
    }

    public static async Task ApprovalAnsweredAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, Case @case, ApprovalSubject subject, bool approved, CancellationToken ct)
    {
        var kind = (subject, approved) switch
        {
            (ApprovalSubject.Plan, true) => NotificationKind.CasePlanApproved,
            (ApprovalSubject.Plan, false) => NotificationKind.CasePlanReturned,
            (_, true) => NotificationKind.CaseClosureApproved,
            _ => NotificationKind.CaseClosureReturned,
        };
        // Who asked (the last request of this subject) and the worker who carries the case.
        var requester = await db.CaseApprovals.AsNoTracking()
            .Where(a => a.CaseId == @case.Id && a.Subject == subject && a.Decision == ApprovalState.Requested)
            .OrderByDescending(a => a.At).Select(a => a.ByUserId).FirstOrDefaultAsync(ct);
        Guid[] users = requester is { } r && r != @case.AssignedWorkerId ? [r, @case.AssignedWorkerId] : [@case.AssignedWorkerId];
        outbox.Raise(kind, @case.FacilityId, null, NotificationRecords.Case, @case.Id, user.UserId,
            users: users, caseId: @case.Id, args: [await ClientLabelAsync(db, @case, ct)]);
    }

    public static async Task ChildAtHighRiskAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, Case @case, CancellationToken ct) =>
        outbox.Raise(NotificationKind.ChildAtHighRisk, @case.FacilityId, null, NotificationRecords.Case, @case.Id, user.UserId,
            roles: [UserRole.FacilityAdmin], caseId: @case.Id, args: [await ClientLabelAsync(db, @case, ct)]);

    /// <summary>The client's name, or nothing for a sensitive case (the text then reads "a confidential case").</summary>
    private static async Task<string?> ClientLabelAsync(AppDbContext db, Case @case, CancellationToken ct) =>
        @case.IsSensitive ? null : await db.Clients.AsNoTracking().Where(c => c.Id == @case.ClientId).Select(c => c.FullName).SingleOrDefaultAsync(ct);

    internal static async Task<string?> NameOfAsync(AppDbContext db, Guid? userId, CancellationToken ct) =>
        userId is { } id ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.FullName).SingleOrDefaultAsync(ct) : null;
}
