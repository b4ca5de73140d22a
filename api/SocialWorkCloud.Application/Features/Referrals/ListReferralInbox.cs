using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Referrals;

/// <summary>Referrals other facilities sent to the caller's facility: the packages only.</summary>
[RequiresPermission(Permissions.CasesReadFacility)]
public sealed record ListReferralInbox : IQuery<IReadOnlyList<ReferralPackageDto>>;

public sealed class ListReferralInboxHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListReferralInbox, IReadOnlyList<ReferralPackageDto>>
{
    public async ValueTask<IReadOnlyList<ReferralPackageDto>> Handle(ListReferralInbox query, CancellationToken cancellationToken)
    {
        var packages = await db.ReferralPackages.AsNoTracking().AddressedTo(user.FacilityId)
            .OrderBy(p => p.Status).ThenByDescending(p => p.SentOn).Take(200).ToListAsync(cancellationToken);
        return packages.Select(p => p.ToDto()).ToList();
    }
}
