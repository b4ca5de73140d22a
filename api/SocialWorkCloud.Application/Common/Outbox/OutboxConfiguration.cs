using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialWorkCloud.Application.Common.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.Type).HasMaxLength(200);
        b.Property(m => m.JobId).HasMaxLength(100);
        b.Property(m => m.LastError).HasMaxLength(2000);
        // The sweep reads the undispatched rows oldest first; the purge reads the dispatched ones by age.
        b.HasIndex(m => new { m.DispatchedAt, m.CreatedAt });
    }
}
