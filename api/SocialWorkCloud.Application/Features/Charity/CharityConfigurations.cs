using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Charity;

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
        b.HasIndex(a => new { a.FacilityId, a.RecordedById });
        b.HasOne<Facility>().WithMany().HasForeignKey(a => a.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CharitySchedule>().WithMany().HasForeignKey(a => a.ScheduleId).OnDelete(DeleteBehavior.Restrict);
        // One confirmation per occurrence: two people confirming the same date cannot both win.
        b.HasIndex(a => new { a.FacilityId, a.ScheduleId, a.Date }).IsUnique();
        b.HasIndex(a => new { a.FacilityId, a.Date });
    }
}
