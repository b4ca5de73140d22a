using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Features.Referrals;

/// <summary>The purpose-written scoping of referral packages: the receiver reads its inbox, the sender its own sent packages.</summary>
public static class ReferralInbox
{
    public static IQueryable<ReferralPackage> AddressedTo(this IQueryable<ReferralPackage> packages, Guid? facilityId) =>
        facilityId is { } id ? packages.Where(p => p.ReceiverFacilityId == id) : packages.Where(_ => false);

    public static IQueryable<ReferralPackage> SentBy(this IQueryable<ReferralPackage> packages, Guid? facilityId) =>
        facilityId is { } id ? packages.Where(p => p.SenderFacilityId == id) : packages.Where(_ => false);
}

/// <summary>The referrals as their sender reads them: its own record, the receiver's answer from the package for platform referrals.</summary>
public static class ReferralQueries
{
    /// <summary>The sender's referrals of a case, with the receiver's answer for platform referrals.</summary>
    public static async Task<List<ReferralDto>> SentAsync(AppDbContext db, ICurrentUser user, Guid caseId, Guid? referralId, CancellationToken ct)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId && (referralId == null || r.Id == referralId))
            .OrderBy(r => r.SentOn).ThenBy(r => r.CreatedAt).ToListAsync(ct);
        var ids = referrals.Select(r => r.Id).ToList();
        var packages = await db.ReferralPackages.AsNoTracking().SentBy(user.FacilityId).Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Status, p.DeclineReason }).ToDictionaryAsync(p => p.Id, ct);
        var receiverIds = referrals.Select(r => r.ReceiverFacilityId).OfType<Guid>().Distinct().ToList();
        var names = await db.Facilities.AsNoTracking().Where(f => receiverIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        return referrals.Select(r =>
        {
            var package = packages.GetValueOrDefault(r.Id);
            return new ReferralDto(r.Id, r.CaseId, r.Target, r.AgencyKind, r.AgencyName, r.ReceiverFacilityId,
                r.ReceiverFacilityId is { } rid ? names.GetValueOrDefault(rid) : null, r.Reason, r.SentOn,
                package?.Status ?? r.Status, r.Outcome, package?.DeclineReason, r.SharesPersonalData, r.ConsentOverrideReason, r.Version);
        }).ToList();
    }
}
