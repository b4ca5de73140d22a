using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>A donor and the history of their gifts across the facility's campaigns.</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetDonor(Guid DonorId) : IQuery<DonorDetail>;

public sealed class GetDonorHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetDonor, DonorDetail>
{
    public async ValueTask<DonorDetail> Handle(GetDonor query, CancellationToken cancellationToken)
    {
        var donor = await ListDonorsHandler.Summaries(db, db.Donors.AsNoTracking().Where(d => d.Id == query.DonorId)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Donor", query.DonorId);
        var history = await EntryViews.LoadAsync(db, user, clock, db.LedgerEntries.AsNoTracking()
            .Where(e => e.DonorId == donor.Id || db.LedgerEntries.Any(o => o.Id == e.ReversesId && o.DonorId == donor.Id)), cancellationToken);
        return new DonorDetail(donor, history);
    }
}
