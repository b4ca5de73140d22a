using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>
/// Who sees which case inside the facility: the unit head every case; social workers every case that is
/// not sensitive plus their own; collaborators only the cases assigned to them. Anything else is 404.
/// </summary>
public static class CaseAccess
{
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, ICurrentUser user)
    {
        if (user.HasPermission(Permissions.CasesSupervise)) return cases;
        var me = user.UserId ?? Guid.Empty;
        if (user.HasPermission(Permissions.CasesReadFacility)) return cases.Where(c => !c.IsSensitive || c.AssignedWorkerId == me);
        return cases.Where(c => c.AssignedWorkerId == me);
    }

    /// <summary>Loads a case the caller may see (tracked, for a change) and audits the access if it is sensitive.</summary>
    public static async Task<Case> LoadAsync(this AppDbContext db, ICurrentUser user, TimeProvider clock, Guid caseId, string action, CancellationToken ct)
    {
        var @case = await db.Cases.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw new NotFoundException("Case", caseId);
        if (@case.IsSensitive) db.Audit(user, clock, action, nameof(Case), @case.Id);
        return @case;
    }

    /// <summary>
    /// A read is about to return content of these cases (a client's name in a list, counselling sessions…): each sensitive
    /// one gets an audit entry naming the read, saved now. Only those who may see a sensitive case get here (the lists are
    /// <see cref="VisibleTo"/>), so the entries say which unit head or assigned worker read what, and when.
    /// </summary>
    public static async Task AuditSensitiveReadsAsync(this AppDbContext db, ICurrentUser user, TimeProvider clock, string action,
        IEnumerable<Guid> caseIds, CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var sensitive = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id) && c.IsSensitive).Select(c => c.Id).ToListAsync(ct);
        foreach (var id in sensitive) db.Audit(user, clock, action, nameof(Case), id);
        if (sensitive.Count > 0) await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the records the case's transitions left (moves, approval steps, plan goals) and saves.</summary>
    public static async Task SaveCaseAsync(this AppDbContext db, Case @case, CancellationToken ct)
    {
        db.AddRange(@case.TakeNewRecords());
        await db.SaveChangesAsync(ct);
    }
}
