using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Provinces;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.ToTable("Provinces");
        b.Property(p => p.Code).HasMaxLength(16);
        b.Property(p => p.Name).HasMaxLength(200);
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.PlaceCode).HasMaxLength(2);
        b.HasOne<SocialWorkCloud.Domain.Places.PlaceProvince>().WithMany().HasForeignKey(p => p.PlaceCode).OnDelete(DeleteBehavior.Restrict);
    }
}
