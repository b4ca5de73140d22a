using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(60);
        b.Property(n => n.RecordType).HasMaxLength(40);
        b.Property(n => n.Args).HasMaxLength(4000);
        b.Property(n => n.EventKey).HasMaxLength(200);
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        // Writing twice (the outbox may dispatch twice, the daily job re-runs) finds the first row.
        b.HasIndex(n => new { n.RecipientId, n.EventKey }).IsUnique();
        // The inbox and its unread count read one recipient's rows, newest first.
        b.HasIndex(n => new { n.RecipientId, n.ReadAt, n.CreatedAt });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("NotificationPreferences");
        b.HasKey(p => new { p.UserId, p.Kind });
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(60);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
