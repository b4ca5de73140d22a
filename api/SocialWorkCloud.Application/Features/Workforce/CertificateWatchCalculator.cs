using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>
/// Applies the certificate rule to the staff and certificates of one or many facilities (the
/// caller passes queries already scoped: its own tenant, or the facilities a province may see).
/// </summary>
public static class CertificateWatchCalculator
{
    public static bool IsActiveOn(DateOnly? joinedOn, DateOnly? leftOn, DateOnly date) =>
        (joinedOn is null || joinedOn <= date) && (leftOn is null || leftOn > date);

    public static async Task<Dictionary<Guid, CertificateWatch>> ComputeAsync(
        IQueryable<StaffMember> staff, IQueryable<PracticeCertificate> certificates, DateOnly asOf, CancellationToken ct)
    {
        var people = await staff.AsNoTracking()
            .Select(s => new { s.Id, s.FacilityId, s.FullName, s.Role, s.JoinedOn, s.LeftOn }).ToListAsync(ct);
        var certs = await certificates.AsNoTracking()
            .Select(c => new { c.Id, c.StaffMemberId, c.Number, c.IssuedOn, c.ExpiresOn }).ToListAsync(ct);
        var certsOf = certs.ToLookup(c => c.StaffMemberId);
        bool ValidOn(Guid staffId, DateOnly date) =>
            certsOf[staffId].Any(c => c.IssuedOn <= date && (c.ExpiresOn is null || c.ExpiresOn >= date));

        var requiredNow = asOf >= CertificateRule.RequiredFrom;
        var warnUntil = asOf.AddDays(CertificateRule.ExpiryWarningDays);
        return people.Where(p => IsActiveOn(p.JoinedOn, p.LeftOn, asOf)).GroupBy(p => p.FacilityId).ToDictionary(g => g.Key, g =>
        {
            var active = g.OrderBy(p => p.FullName).ToList();
            var without = active.Where(p => !ValidOn(p.Id, asOf)).Select(p => new WatchedPerson(p.Id, p.FullName, p.Role)).ToList();
            var needByDeadline = requiredNow
                ? []
                : active.Where(p => !ValidOn(p.Id, CertificateRule.RequiredFrom)).Select(p => new WatchedPerson(p.Id, p.FullName, p.Role)).ToList();
            // A certificate about to expire is flagged unless its holder already has one valid after it (a renewal).
            var expiring = active.SelectMany(p => certsOf[p.Id]
                    .Where(c => c.IssuedOn <= asOf && c.ExpiresOn is { } e && e >= asOf && e <= warnUntil)
                    .Where(c => !certsOf[p.Id].Any(o => o.Id != c.Id && (o.ExpiresOn is null || o.ExpiresOn > c.ExpiresOn) && o.IssuedOn <= c.ExpiresOn!.Value.AddDays(1)))
                    .Select(c => new ExpiringCertificate(c.Id, p.Id, p.FullName, c.Number, c.ExpiresOn!.Value, c.ExpiresOn.Value.DayNumber - asOf.DayNumber)))
                .OrderBy(c => c.ExpiresOn).ToList();
            return new CertificateWatch(asOf, CertificateRule.RequiredFrom, requiredNow, active.Count, active.Count - without.Count,
                without, needByDeadline, expiring, null);
        });
    }

    public static CertificateWatch Empty(DateOnly asOf) =>
        new(asOf, CertificateRule.RequiredFrom, asOf >= CertificateRule.RequiredFrom, 0, 0, [], [], [], null);
}
