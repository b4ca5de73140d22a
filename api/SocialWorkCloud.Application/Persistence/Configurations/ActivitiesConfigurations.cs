using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Persistence.Configurations;

internal sealed class ReceptionPointConfiguration : IEntityTypeConfiguration<ReceptionPoint>
{
    public void Configure(EntityTypeBuilder<ReceptionPoint> b)
    {
        b.ToTable("ReceptionPoints");
        b.Property(p => p.Name).HasMaxLength(200);
        b.HasOne<Facility>().WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReceptionTallyConfiguration : IEntityTypeConfiguration<ReceptionTally>
{
    public void Configure(EntityTypeBuilder<ReceptionTally> b)
    {
        b.ToTable("ReceptionTallies");
        b.HasOne<ReceptionPoint>().WithMany().HasForeignKey(t => t.PointId).OnDelete(DeleteBehavior.Restrict);
        // A replayed entry (same client id) can never be stored twice, even by two racing requests.
        b.HasIndex(t => new { t.FacilityId, t.ClientEntryId }).IsUnique();
        // Counts per day, point and kind.
        b.HasIndex(t => new { t.FacilityId, t.Date });
    }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> b)
    {
        b.ToTable("IdempotentRequests");
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.BodyHash).HasMaxLength(64);
        b.HasIndex(r => new { r.FacilityId, r.Key }).IsUnique();
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("Departments");
        b.Property(d => d.Name).HasMaxLength(200);
        b.HasOne<Facility>().WithMany().HasForeignKey(d => d.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.FacilityId, d.Name }).IsUnique();
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("StaffMembers");
        b.Property(s => s.FullName).HasMaxLength(200);
        b.Property(s => s.SearchName).HasMaxLength(200);
        b.Property(s => s.PracticeHostFacility).HasMaxLength(300);
        b.Property(s => s.PracticeSupervisor).HasMaxLength(200);
        b.HasOne<Facility>().WithMany().HasForeignKey(s => s.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeCertificateConfiguration : IEntityTypeConfiguration<PracticeCertificate>
{
    public void Configure(EntityTypeBuilder<PracticeCertificate> b)
    {
        b.ToTable("PracticeCertificates");
        b.Property(c => c.Number).HasMaxLength(100);
        b.Property(c => c.Issuer).HasMaxLength(300);
        b.Property(c => c.ScanFileName).HasMaxLength(255);
        b.Property(c => c.ScanContentType).HasMaxLength(100);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.FacilityId, c.Number }).IsUnique();
    }
}

internal sealed class CertificateCheckConfiguration : IEntityTypeConfiguration<CertificateCheck>
{
    public void Configure(EntityTypeBuilder<CertificateCheck> b)
    {
        b.ToTable("CertificateChecks");
        b.HasIndex(c => new { c.FacilityId, c.AsOf });
    }
}

internal sealed class CollaboratorConfiguration : IEntityTypeConfiguration<Collaborator>
{
    public void Configure(EntityTypeBuilder<Collaborator> b)
    {
        b.ToTable("Collaborators");
        b.Property(c => c.FullName).HasMaxLength(200);
        b.Property(c => c.Phone).HasMaxLength(32);
        b.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> b)
    {
        b.ToTable("TrainingCourses");
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.Organiser).HasMaxLength(300);
        b.Property(c => c.Hours).HasPrecision(7, 2);
        b.HasOne<Facility>().WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.FacilityId, c.StartsOn });
    }
}

internal sealed class TrainingParticipantConfiguration : IEntityTypeConfiguration<TrainingParticipant>
{
    public void Configure(EntityTypeBuilder<TrainingParticipant> b)
    {
        b.ToTable("TrainingParticipants");
        b.Property(p => p.Name).HasMaxLength(200);
        b.HasOne<TrainingCourse>().WithMany().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Collaborator>().WithMany().HasForeignKey(p => p.CollaboratorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingSettingsConfiguration : IEntityTypeConfiguration<TrainingSettings>
{
    public void Configure(EntityTypeBuilder<TrainingSettings> b)
    {
        b.ToTable("TrainingSettings");
        b.Property(s => s.YearlyHoursThreshold).HasPrecision(7, 2);
        b.HasIndex(s => s.FacilityId).IsUnique();
    }
}

internal sealed class CommunicationItemConfiguration : IEntityTypeConfiguration<CommunicationItem>
{
    public void Configure(EntityTypeBuilder<CommunicationItem> b)
    {
        b.ToTable("CommunicationItems");
        b.Property(c => c.Title).HasMaxLength(300);
        b.Property(c => c.Topic).HasMaxLength(200);
        b.Property(c => c.Link).HasMaxLength(1000);
        b.HasOne<Facility>().WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.FacilityId, c.Date });
    }
}

internal sealed class CharityScheduleConfiguration : IEntityTypeConfiguration<CharitySchedule>
{
    public void Configure(EntityTypeBuilder<CharitySchedule> b)
    {
        b.ToTable("CharitySchedules");
        b.Property(s => s.Title).HasMaxLength(300);
        b.Property(s => s.Place).HasMaxLength(300);
        b.Property(s => s.Partner).HasMaxLength(300);
        b.Property(s => s.DaysOfMonth).HasMaxLength(100);
        b.HasOne<Facility>().WithMany().HasForeignKey(s => s.FacilityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CharityActivityConfiguration : IEntityTypeConfiguration<CharityActivity>
{
    public void Configure(EntityTypeBuilder<CharityActivity> b)
    {
        b.ToTable("CharityActivities");
        b.Property(a => a.Title).HasMaxLength(300);
        b.Property(a => a.Place).HasMaxLength(300);
        b.Property(a => a.Partner).HasMaxLength(300);
        b.HasOne<Facility>().WithMany().HasForeignKey(a => a.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CharitySchedule>().WithMany().HasForeignKey(a => a.ScheduleId).OnDelete(DeleteBehavior.Restrict);
        // One confirmation per occurrence: two people confirming the same date cannot both win.
        b.HasIndex(a => new { a.FacilityId, a.ScheduleId, a.Date }).IsUnique();
        b.HasIndex(a => new { a.FacilityId, a.Date });
    }
}
