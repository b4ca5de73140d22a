using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Features.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("Clients");
        b.Property(c => c.FullName).HasMaxLength(200);
        b.Property(c => c.SearchName).HasMaxLength(200);
        b.Property(c => c.SortName).HasMaxLength(Domain.Text.VietnameseCollation.MaxLength);
        b.Property(c => c.NationalId).HasMaxLength(20);
        b.Property(c => c.InsuranceNumber).HasMaxLength(20);
        b.Property(c => c.PatientId).HasMaxLength(50);
        b.Property(c => c.Province).HasMaxLength(100);
        b.Property(c => c.CommuneWard).HasMaxLength(200);
        b.Property(c => c.CommuneCode).HasMaxLength(5);
        b.HasOne<SocialWorkCloud.Domain.Places.PlaceCommune>().WithMany().HasForeignKey(c => c.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.AddressDetail).HasMaxLength(500);
        b.Property(c => c.Phone).HasMaxLength(20);
        b.Property(c => c.GuardianContact).HasMaxLength(500);
        b.Property(c => c.HouseholdSituation).HasMaxLength(2000);
        b.HasOne<Domain.Facilities.Facility>().WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.Restrict);
        // The search seeks the facility's folded names by prefix and counts the matches from these indexes
        // alone (they cover every column the search reads); the duplicate check seeks identifiers.
        b.HasIndex(c => new { c.FacilityId, c.SearchName, c.MergedIntoId });
        // The register without a search pages in Vietnamese order from this one.
        b.HasIndex(c => new { c.FacilityId, c.SortName });
        b.HasMany(c => c.NameKeys).WithOne().HasForeignKey(k => k.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.NameKeys).HasField("_nameKeys").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(c => new { c.FacilityId, c.Phone });
        b.HasIndex(c => new { c.FacilityId, c.NationalId });
        b.HasIndex(c => new { c.FacilityId, c.InsuranceNumber });
        b.HasIndex(c => new { c.FacilityId, c.PatientId });
    }
}

internal sealed class ClientNameKeyConfiguration : IEntityTypeConfiguration<ClientNameKey>
{
    public void Configure(EntityTypeBuilder<ClientNameKey> b)
    {
        b.ToTable("ClientNameKeys");
        b.HasKey(k => new { k.ClientId, k.Key });
        b.Property(k => k.Key).HasMaxLength(200);
        // The search seeks the facility's keys by prefix in key order and pages from this index.
        b.HasIndex(k => new { k.FacilityId, k.Key, k.ClientId });
    }
}
