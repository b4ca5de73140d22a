using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Reception;

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
        // A tap is undone at most once, even by two racing undos.
        b.HasIndex(t => new { t.FacilityId, t.UndoesEntryId }).IsUnique();
        // A person's own tally (collaborator home).
        b.HasIndex(t => new { t.FacilityId, t.RecordedById, t.Date });
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
