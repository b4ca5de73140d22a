using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>A case with its whole record: transitions, assessments, plan, approvals, services, notes, tasks. Reading a sensitive case is audited.</summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record GetCase(Guid CaseId) : IQuery<CaseDetail>;

public sealed class GetCaseHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCase, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(GetCase query, CancellationToken cancellationToken)
    {
        var c = await db.LoadAsync(user, clock, query.CaseId, "case.read", cancellationToken);
        await db.EnsureReadableAsync(user, clock, c, cancellationToken);
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        return await CaseDetails.BuildAsync(db, c, VietnamClock.Today(clock), cancellationToken);
    }
}
