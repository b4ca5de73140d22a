using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Referrals;

[RequiresPermission(Permissions.CasesWork)]
public sealed record ListCaseReferrals(Guid CaseId) : IQuery<IReadOnlyList<ReferralDto>>;

public sealed class ListCaseReferralsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListCaseReferrals, IReadOnlyList<ReferralDto>>
{
    public async ValueTask<IReadOnlyList<ReferralDto>> Handle(ListCaseReferrals query, CancellationToken cancellationToken)
    {
        var @case = await db.LoadAsync(user, clock, query.CaseId, "case.read-referrals", cancellationToken);
        await db.EnsureReadableAsync(user, clock, @case, cancellationToken);
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        return await ReferralQueries.SentAsync(db, user, @case.Id, null, cancellationToken);
    }
}
