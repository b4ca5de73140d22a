using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialWorkCloud.Application.Common.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("IdempotencyRecords");
        b.Property(r => r.Key).HasMaxLength(IdempotencyFilter.MaxKeyLength);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.Property(r => r.Location).HasMaxLength(500);
        // The race guard: two requests with one key insert the same (caller, key); the second waits for the first's transaction and fails.
        b.HasIndex(r => new { r.CallerId, r.Key }).IsUnique();
        // The purge reads by age.
        b.HasIndex(r => r.CreatedAt);
    }
}
