using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkCloud.Domain.Places;

namespace SocialWorkCloud.Application.Features.Places;

internal sealed class PlaceProvinceConfiguration : IEntityTypeConfiguration<PlaceProvince>
{
    public void Configure(EntityTypeBuilder<PlaceProvince> b)
    {
        b.ToTable("PlaceProvinces");
        b.HasKey(p => p.Code);
        b.Property(p => p.Code).HasMaxLength(2);
        b.Property(p => p.Name).HasMaxLength(100);
        b.Property(p => p.Kind).HasMaxLength(40);
        b.Property(p => p.SearchName).HasMaxLength(100);
    }
}

internal sealed class PlaceCommuneConfiguration : IEntityTypeConfiguration<PlaceCommune>
{
    public void Configure(EntityTypeBuilder<PlaceCommune> b)
    {
        b.ToTable("PlaceCommunes");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(5);
        b.Property(c => c.ProvinceCode).HasMaxLength(2);
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Kind).HasMaxLength(20);
        b.Property(c => c.SearchName).HasMaxLength(100);
        b.HasOne<PlaceProvince>().WithMany().HasForeignKey(c => c.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ProvinceCode, c.SearchName });
    }
}
