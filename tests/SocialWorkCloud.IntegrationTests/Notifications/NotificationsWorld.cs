using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>One inbox item of hospital B's unit head, for the isolation probes (nobody else may read or mark it).</summary>
public sealed class NotificationsWorld : IAreaWorld
{
    public Guid ItemOfAdminB { get; private set; }

    public async Task ArrangeAsync(TestWorld world)
    {
        await using var scope = world.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var adminB = await users.FindByEmailAsync(TestWorld.AdminB) ?? throw new InvalidOperationException("No unit head B.");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = Notification.Create(adminB.Id, world.HospitalB, null, NotificationKind.ReferralReceived, "referral", Guid.NewGuid(),
            "[\"Trạm Y tế thử\"]", "world-" + Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow);
        db.Notifications.Add(item);
        await db.SaveChangesAsync();
        ItemOfAdminB = item.Id;
    }
}
