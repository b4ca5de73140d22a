using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Webhooks;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Webhooks area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
}
