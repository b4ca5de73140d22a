using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>
/// Who sees which case inside the facility: the unit head every case; social workers every case that is
/// not sensitive plus their own; collaborators only the cases assigned to them. Anything else is 404.
/// GetWorkLists' and ClientSearch's compiled queries state the same rule with the permissions as parameters: a change here goes there too.
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

    /// <summary>
    /// As <see cref="AuditSensitiveReadsAsync"/>, for a read whose rows said already which of their cases are sensitive
    /// (read in the same statement): each of these gets its audit entry, saved now, without asking the database again.
    /// </summary>
    public static async Task AuditSensitiveCaseReadsAsync(this AppDbContext db, ICurrentUser user, TimeProvider clock, string action,
        IEnumerable<Guid> sensitiveCaseIds, CancellationToken ct)
    {
        var any = false;
        foreach (var id in sensitiveCaseIds.Distinct())
        {
            db.Audit(user, clock, action, nameof(Case), id);
            any = true;
        }
        if (any) await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A case read by id whose client's processing is restricted (Law 91/2025, the data subject's request): the facility
    /// keeps the record but does not use it, so only the unit head (who answers the request) reads it, each read audited;
    /// the assigned worker and colleagues get 403 case-client-restricted, saying why rather than pretending it is gone.
    /// </summary>
    public static async Task EnsureReadableAsync(this AppDbContext db, ICurrentUser user, TimeProvider clock, Case @case, CancellationToken ct)
    {
        if (!await db.Clients.AnyAsync(c => c.Id == @case.ClientId && c.RestrictedSince != null, ct)) return;
        if (!user.HasPermission(Permissions.PersonalDataManage)) throw new ForbiddenException("case-client-restricted");
        db.Audit(user, clock, "case.read-restricted", nameof(Case), @case.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Of these cases, the sensitive ones the caller may not see: a read that would carry their content (a ledger
    /// line's recipient, a client's name) leaves it out. The rest of the sensitive ones the caller reads audited.
    /// </summary>
    public static async Task<HashSet<Guid>> HiddenSensitiveCasesAsync(this AppDbContext db, ICurrentUser user, IEnumerable<Guid> caseIds,
        CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var sensitive = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id) && c.IsSensitive).Select(c => c.Id).ToListAsync(ct);
        if (sensitive.Count == 0) return [];
        var visible = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => sensitive.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        return sensitive.Except(visible).ToHashSet();
    }

    /// <summary>
    /// The clients of the register the caller may see: a client with a sensitive case is confidential to whoever sees
    /// none of that client's cases (a colleague learns nothing from a name in the register, a search or a duplicate
    /// warning); whoever sees one of them (the assigned worker, the unit head, a colleague on the client's ordinary case)
    /// sees the client.
    /// </summary>
    public static IQueryable<Client> ClientsVisibleTo(this AppDbContext db, ICurrentUser user)
    {
        if (user.HasPermission(Permissions.CasesSupervise)) return db.Clients;
        var visible = db.Cases.VisibleTo(user);
        return db.Clients.Where(cl => !db.Cases.Any(c => c.ClientId == cl.Id && c.IsSensitive) || visible.Any(c => c.ClientId == cl.Id));
    }

    /// <summary>Of these clients, those confidential to the caller (see <see cref="ClientsVisibleTo"/>).</summary>
    public static async Task<HashSet<Guid>> ConfidentialClientsAsync(this AppDbContext db, ICurrentUser user, IEnumerable<Guid> clientIds,
        CancellationToken ct)
    {
        var ids = clientIds.Distinct().ToList();
        if (ids.Count == 0 || user.HasPermission(Permissions.CasesSupervise)) return [];
        var withSensitive = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.ClientId) && c.IsSensitive).Select(c => c.ClientId).Distinct()
            .ToListAsync(ct);
        if (withSensitive.Count == 0) return [];
        var seen = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => withSensitive.Contains(c.ClientId)).Select(c => c.ClientId).Distinct()
            .ToListAsync(ct);
        return withSensitive.Except(seen).ToHashSet();
    }

    /// <summary>A read is about to show these clients: each sensitive case of theirs the caller may see gets an audit entry.</summary>
    public static async Task AuditSensitiveClientReadsAsync(this AppDbContext db, ICurrentUser user, TimeProvider clock, string action,
        IEnumerable<Guid> clientIds, CancellationToken ct)
    {
        var ids = clientIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var cases = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => ids.Contains(c.ClientId) && c.IsSensitive).Select(c => c.Id)
            .ToListAsync(ct);
        foreach (var id in cases) db.Audit(user, clock, action, nameof(Case), id);
        if (cases.Count > 0) await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the records the case's transitions left (moves, approval steps, plan goals) and saves.</summary>
    public static async Task SaveCaseAsync(this AppDbContext db, Case @case, CancellationToken ct)
    {
        db.AddRange(@case.TakeNewRecords());
        await db.SaveChangesAsync(ct);
    }
}
