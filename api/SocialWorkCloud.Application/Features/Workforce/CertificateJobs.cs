using System.ComponentModel;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>
/// The daily certificate check: queues one job per facility that keeps staff, and each job carries
/// its facility (tenant) explicitly and enters it before reading or writing.
/// </summary>
public sealed class CertificateJobs(AppDbContext db, TenantScope tenant, IBackgroundJobClient jobs, TimeProvider clock, ILogger<CertificateJobs> logger)
{
    public const string DailyJobId = "certificates-daily";

    [AutomaticRetry(Attempts = 2)]
    public async Task DailyAsync(CancellationToken cancellationToken)
    {
        var asOf = VietnamClock.Today(clock);
        var facilities = await db.AcrossFacilities<StaffMember>(db.Facilities.Select(f => f.Id))
            .Select(s => s.FacilityId).Distinct().ToListAsync(cancellationToken);
        foreach (var facilityId in facilities)
        {
            jobs.Enqueue<CertificateJobs>(j => j.CheckFacilityAsync(facilityId, asOf, CancellationToken.None));
        }
        logger.LogInformation("Queued certificate checks for {Count} facilities as of {AsOf}", facilities.Count, asOf);
    }

    [AutomaticRetry(Attempts = 3)]
    [DisplayName("Certificate check of facility {0} as of {1}")]
    public async Task CheckFacilityAsync(Guid facilityId, DateOnly asOf, CancellationToken cancellationToken)
    {
        using var _ = tenant.Enter(facilityId);
        var watch = (await CertificateWatchCalculator.ComputeAsync(db.StaffMembers, db.PracticeCertificates, asOf, cancellationToken))
            .GetValueOrDefault(facilityId) ?? CertificateWatchCalculator.Empty(asOf);
        db.CertificateChecks.Add(new CertificateCheck
        {
            Id = Guid.NewGuid(), FacilityId = facilityId, AsOf = asOf, PractisingWithout = watch.PractisingWithout.Count,
            NeedOneByDeadline = watch.NeedOneByDeadline.Count, ExpiringSoon = watch.ExpiringSoon.Count, CheckedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
