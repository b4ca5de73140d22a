using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Notifications area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
}
