using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Features.Workforce;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Training;

/// <summary>
/// Computes <see cref="TrainingFigures"/> for many facilities at once from their rows (a facility's
/// own tenant, or the facilities of a province). Named medical staff count once however many
/// courses they attend; unnamed headcounts add up; the trained count never exceeds the registry's.
/// </summary>
public static class TrainingFiguresCalculator
{
    public static async Task<Dictionary<Guid, TrainingFigures>> ComputeAsync(
        AppDbContext db, IQueryable<Facility> facilities, Func<IQueryable<Guid>, Sources> sources, int year, DateOnly asOf, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var facilityRows = await facilities.AsNoTracking().Select(f => new { f.Id, f.MedicalStaffCount }).ToListAsync(ct);
        var s = sources(facilities.Select(f => f.Id));

        var courses = await s.Courses.Where(c => c.StartsOn >= from && c.StartsOn <= to)
            .Select(c => new { c.Id, c.FacilityId, c.Hours }).ToListAsync(ct);
        var courseIds = courses.Select(c => c.Id).ToList();
        var hoursOf = courses.ToDictionary(c => c.Id, c => c.Hours);
        var participants = await s.Participants.Where(p => courseIds.Contains(p.CourseId))
            .Select(p => new { p.FacilityId, p.CourseId, p.Kind, p.StaffMemberId, p.CollaboratorId, p.Name, p.Headcount }).ToListAsync(ct);
        var staff = (await s.Staff.Select(m => new { m.Id, m.FacilityId, m.FullName, m.JoinedOn, m.LeftOn }).ToListAsync(ct))
            .Where(m => CertificateWatchCalculator.IsActiveOn(m.JoinedOn, m.LeftOn, asOf)).ToList();
        var collaborators = (await s.Collaborators.Select(c => new { c.Id, c.FacilityId, c.FullName, c.JoinedOn, c.LeftOn }).ToListAsync(ct))
            .Where(c => CertificateWatchCalculator.IsActiveOn(c.JoinedOn, c.LeftOn, asOf)).ToList();
        var certified = (await s.Certificates.Where(c => c.IssuedOn <= asOf && (c.ExpiresOn == null || c.ExpiresOn >= asOf))
            .Select(c => c.StaffMemberId).ToListAsync(ct)).ToHashSet();
        var thresholds = await s.Settings.Select(x => new { x.FacilityId, x.YearlyHoursThreshold }).ToDictionaryAsync(x => x.FacilityId, x => x.YearlyHoursThreshold, ct);

        var participantsOf = participants.ToLookup(p => p.FacilityId);
        var staffOf = staff.ToLookup(m => m.FacilityId);
        var collaboratorsOf = collaborators.ToLookup(c => c.FacilityId);
        return facilityRows.ToDictionary(f => f.Id, f =>
        {
            var threshold = thresholds.GetValueOrDefault(f.Id, TrainingSettings.DefaultYearlyHours);
            var attended = participantsOf[f.Id].ToList();
            var medical = attended.Where(p => p.Kind == ParticipantKind.MedicalStaff).ToList();
            var named = medical.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => VietnameseText.Fold(p.Name!)).Distinct().Count();
            var counted = medical.Where(p => string.IsNullOrWhiteSpace(p.Name)).Sum(p => p.Headcount);
            var trained = Math.Min(named + counted, f.MedicalStaffCount);

            var hours = staffOf[f.Id].Select(m => new PersonHours(ParticipantKind.Staff, m.Id, m.FullName,
                    attended.Where(p => p.StaffMemberId == m.Id).Select(p => p.CourseId).Distinct().Sum(c => hoursOf[c]), false))
                .Concat(collaboratorsOf[f.Id].Select(c => new PersonHours(ParticipantKind.Collaborator, c.Id, c.FullName,
                    attended.Where(p => p.CollaboratorId == c.Id).Select(p => p.CourseId).Distinct().Sum(id => hoursOf[id]), false)))
                .Select(p => p with { BelowThreshold = p.Hours < threshold })
                .OrderBy(p => p.Hours).ThenBy(p => p.FullName).ToList();
            var socialWorkStaff = staffOf[f.Id].Count();
            var certifiedStaff = staffOf[f.Id].Count(m => certified.Contains(m.Id));
            var totalHours = hours.Sum(p => p.Hours);
            return new TrainingFigures(year, threshold, f.MedicalStaffCount, trained, Percent(trained, f.MedicalStaffCount),
                socialWorkStaff, certifiedStaff, Percent(certifiedStaff, socialWorkStaff), hours.Count, totalHours,
                hours.Count == 0 ? null : Math.Round(totalHours / hours.Count, 1, MidpointRounding.AwayFromZero),
                hours.Count(p => p.BelowThreshold), hours);
        });
    }

    public static decimal? Percent(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    /// <summary>The rows the figures are computed from, already scoped by the caller.</summary>
    public sealed record Sources(
        IQueryable<TrainingCourse> Courses, IQueryable<TrainingParticipant> Participants, IQueryable<StaffMember> Staff,
        IQueryable<Collaborator> Collaborators, IQueryable<PracticeCertificate> Certificates, IQueryable<TrainingSettings> Settings);

    /// <summary>The caller's own facility, through the tenant filter.</summary>
    public static Sources OwnTenant(AppDbContext db) => new(
        db.TrainingCourses.AsNoTracking(), db.TrainingParticipants.AsNoTracking(), db.StaffMembers.AsNoTracking(),
        db.Collaborators.AsNoTracking(), db.PracticeCertificates.AsNoTracking(), db.TrainingSettings.AsNoTracking());

    /// <summary>Several facilities, for the province's aggregates: only the tenant filter is lifted, only for these.</summary>
    public static Sources Across(AppDbContext db, IQueryable<Guid> facilityIds) => new(
        db.AcrossFacilities<TrainingCourse>(facilityIds), db.AcrossFacilities<TrainingParticipant>(facilityIds),
        db.AcrossFacilities<StaffMember>(facilityIds), db.AcrossFacilities<Collaborator>(facilityIds),
        db.AcrossFacilities<PracticeCertificate>(facilityIds), db.AcrossFacilities<TrainingSettings>(facilityIds));
}
