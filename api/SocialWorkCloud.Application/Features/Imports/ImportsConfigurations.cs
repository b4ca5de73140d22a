using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Imports;

namespace SocialWorkCloud.Application.Features.Imports;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> b)
    {
        b.ToTable("ImportRecords");
        b.Property(r => r.FileName).HasMaxLength(260);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Facility>().WithMany().HasForeignKey(r => r.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ProvinceId, r.ImportedAt });
        b.HasIndex(r => new { r.FacilityId, r.ImportedAt });
    }
}
