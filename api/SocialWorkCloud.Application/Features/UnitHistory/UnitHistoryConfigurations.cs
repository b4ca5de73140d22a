using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.UnitHistory;

internal sealed class UnitStatusChangeConfiguration : IEntityTypeConfiguration<UnitStatusChange>
{
    public void Configure(EntityTypeBuilder<UnitStatusChange> b)
    {
        b.ToTable("UnitStatusChanges");
        b.Property(c => c.DecisionNumber).HasMaxLength(100);
        b.Property(c => c.HeadName).HasMaxLength(200);
        b.Property(c => c.Note).HasMaxLength(2000);
        b.Property(c => c.CorrectionReason).HasMaxLength(1000);
        b.HasOne<Facility>().WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitStatusChange>().WithMany().HasForeignKey(c => c.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        // The KPI engine seeks the latest entry per facility on or before a date.
        b.HasIndex(c => new { c.FacilityId, c.EffectiveDate });
        // One correction per entry: two people correcting the same entry at once cannot both win.
        b.HasIndex(c => c.CorrectsId).IsUnique();
    }
}
