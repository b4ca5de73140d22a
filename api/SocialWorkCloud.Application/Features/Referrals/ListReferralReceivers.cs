using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Referrals;

public sealed record ReferralReceiver(Guid Id, string Name, string? CommuneWard);

/// <summary>
/// The facilities of the caller's province a referral may go to (operating, not the caller's own): names
/// and communes only — the registry itself stays scoped to the caller's facility.
/// </summary>
[RequiresPermission(Permissions.CasesWork)]
public sealed record ListReferralReceivers(string? Search) : IQuery<IReadOnlyList<ReferralReceiver>>;

public sealed class ListReferralReceiversValidator : AbstractValidator<ListReferralReceivers>
{
    public ListReferralReceiversValidator() => RuleFor(x => x.Search).MaximumLength(200);
}

public sealed class ListReferralReceiversHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListReferralReceivers, IReadOnlyList<ReferralReceiver>>
{
    public async ValueTask<IReadOnlyList<ReferralReceiver>> Handle(ListReferralReceivers query, CancellationToken cancellationToken)
    {
        var own = user.FacilityId;
        var province = db.Facilities.Where(f => f.Id == own).Select(f => f.ProvinceId);
        var facilities = db.Facilities.AsNoTracking().Where(f => f.Id != own && f.ClosedOn == null && province.Contains(f.ProvinceId));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            facilities = facilities.Where(f => f.SearchName.Contains(folded));
        }
        return await facilities.OrderBy(f => f.SortName).Take(20).Select(f => new ReferralReceiver(f.Id, f.Name, f.CommuneWard)).ToListAsync(cancellationToken);
    }
}
