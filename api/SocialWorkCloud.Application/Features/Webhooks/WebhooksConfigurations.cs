using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkCloud.Domain.Webhooks;

namespace SocialWorkCloud.Application.Features.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.ToTable("WebhookSubscriptions");
        b.Property(s => s.Url).HasMaxLength(500);
        b.Property(s => s.EventTypes).HasMaxLength(300);
        b.Property(s => s.Description).HasMaxLength(200);
        b.Property(s => s.ProtectedSecret).HasMaxLength(1000);
        b.Property(s => s.PausedReason).HasMaxLength(20);
        b.Ignore(s => s.Events);
        b.HasIndex(s => s.FacilityId);
        b.HasIndex(s => s.ProvinceId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("WebhookDeliveries");
        b.Property(d => d.EventType).HasMaxLength(50);
        b.Property(d => d.LastError).HasMaxLength(500);
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        // An event reaches a subscription once, however often its fan-out runs.
        b.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();
        // The retry sweep reads the due pending deliveries.
        b.HasIndex(d => new { d.Status, d.NextAttemptAt });
        b.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
    }
}
