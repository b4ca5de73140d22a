using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Referrals;

[RequiresPermission(Permissions.CasesReadFacility)]
public sealed record GetReferralPackage(Guid ReferralId) : IQuery<ReferralPackageDto>;

public sealed class GetReferralPackageHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetReferralPackage, ReferralPackageDto>
{
    public async ValueTask<ReferralPackageDto> Handle(GetReferralPackage query, CancellationToken cancellationToken)
    {
        var package = await db.ReferralPackages.AsNoTracking().AddressedTo(user.FacilityId).SingleOrDefaultAsync(p => p.Id == query.ReferralId, cancellationToken)
            ?? throw new NotFoundException("Referral", query.ReferralId);
        return package.ToDto();
    }
}
