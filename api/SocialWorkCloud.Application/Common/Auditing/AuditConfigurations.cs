using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Audit;

namespace SocialWorkCloud.Application.Common.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.Detail).HasMaxLength(2000);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => new { a.FacilityId, a.EntityId });
        // The log is listed newest first and verified in chain order.
        b.HasIndex(a => new { a.FacilityId, a.ChainPosition });
        b.HasIndex(a => new { a.FacilityId, a.At });
    }
}

internal sealed class PlatformAuditEntryConfiguration : IEntityTypeConfiguration<PlatformAuditEntry>
{
    public void Configure(EntityTypeBuilder<PlatformAuditEntry> b)
    {
        b.ToTable("PlatformAuditEntries");
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.Detail).HasMaxLength(2000);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => a.ChainPosition);
        b.HasIndex(a => a.At);
    }
}

internal sealed class ChainHeadConfiguration : IEntityTypeConfiguration<ChainHead>
{
    public void Configure(EntityTypeBuilder<ChainHead> b)
    {
        b.ToTable("ChainHeads");
        b.HasKey(h => h.Chain);
        b.Property(h => h.Chain).HasMaxLength(64);
        b.Property(h => h.LastHash).HasMaxLength(64);
    }
}
