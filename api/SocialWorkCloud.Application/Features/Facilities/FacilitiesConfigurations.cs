using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Facilities;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> b)
    {
        b.ToTable("Facilities");
        b.Property(f => f.Code).HasMaxLength(32);
        b.Property(f => f.Name).HasMaxLength(300);
        b.Property(f => f.SearchName).HasMaxLength(300);
        b.Property(f => f.SortName).HasMaxLength(Domain.Text.VietnameseCollation.MaxLength);
        b.Property(f => f.CommuneWard).HasMaxLength(200);
        b.Property(f => f.CommuneCode).HasMaxLength(5);
        b.HasOne<SocialWorkCloud.Domain.Places.PlaceCommune>().WithMany().HasForeignKey(f => f.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.AddressDetail).HasMaxLength(500);
        b.Property(f => f.Phone).HasMaxLength(32);
        b.Ignore(f => f.Group);
        b.HasOne<Province>().WithMany().HasForeignKey(f => f.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        // Codes are unique within the province that issues them.
        b.HasIndex(f => new { f.ProvinceId, f.Code }).IsUnique();
        b.HasIndex(f => new { f.ProvinceId, f.Type });
        b.HasIndex(f => f.SearchName);
        b.HasIndex(f => new { f.ProvinceId, f.SortName });
    }
}
