using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

internal sealed class KpiSnapshotConfiguration : IEntityTypeConfiguration<KpiSnapshot>
{
    public void Configure(EntityTypeBuilder<KpiSnapshot> b)
    {
        b.ToTable("KpiSnapshots");
        b.HasOne<Province>().WithMany().HasForeignKey(s => s.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.ProvinceId, s.Indicator, s.AsOf });
    }
}

internal sealed class KpiRunConfiguration : IEntityTypeConfiguration<KpiRun>
{
    public void Configure(EntityTypeBuilder<KpiRun> b)
    {
        b.ToTable("KpiRuns");
        b.Property(r => r.JobId).HasMaxLength(100);
        b.Property(r => r.Error).HasMaxLength(2000);
        b.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ProvinceId, r.RequestedAt });
    }
}
