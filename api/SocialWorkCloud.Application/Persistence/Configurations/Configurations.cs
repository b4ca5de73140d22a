using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Persistence.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.ToTable("Provinces");
        b.Property(p => p.Code).HasMaxLength(16);
        b.Property(p => p.Name).HasMaxLength(200);
        b.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> b)
    {
        b.ToTable("Facilities");
        b.Property(f => f.Code).HasMaxLength(32);
        b.Property(f => f.Name).HasMaxLength(300);
        b.Property(f => f.SearchName).HasMaxLength(300);
        b.Property(f => f.CommuneWard).HasMaxLength(200);
        b.Property(f => f.AddressDetail).HasMaxLength(500);
        b.Property(f => f.Phone).HasMaxLength(32);
        b.Ignore(f => f.Group);
        b.HasOne<Province>().WithMany().HasForeignKey(f => f.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        // Codes are unique within the province that issues them.
        b.HasIndex(f => new { f.ProvinceId, f.Code }).IsUnique();
        b.HasIndex(f => new { f.ProvinceId, f.Type });
        b.HasIndex(f => f.SearchName);
    }
}

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

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(200);
        b.HasIndex(u => u.FacilityId);
        b.HasIndex(u => u.ProvinceId);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> b)
    {
        b.ToTable("RefreshTokens");
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.RevokedReason).HasMaxLength(200);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.FamilyId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("ApiClients");
        b.Property(c => c.ClientId).HasMaxLength(64);
        b.Property(c => c.SecretHash).HasMaxLength(128);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Scopes).HasMaxLength(100);
        b.HasIndex(c => c.ClientId).IsUnique();
        b.HasIndex(c => c.FacilityId);
        b.HasIndex(c => c.ProvinceId);
    }
}
