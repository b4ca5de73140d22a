using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Training;

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
