using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Webhooks;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Webhooks;

public sealed record WebhookRecords(Guid Subscription, Guid Version, Guid Delivery);

/// <summary>A subscription of hospital A and one of hospital B, each with a delivered event.</summary>
public sealed class WebhooksWorld : IAreaWorld
{
    public WebhookRecords A { get; private set; } = null!;
    public WebhookRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewSubscriptionAsync(world, world.HospitalA);
        B = await NewSubscriptionAsync(world, world.HospitalB);
    }

    private static async Task<WebhookRecords> NewSubscriptionAsync(TestWorld world, Guid facilityId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(WebhookJobs.SecretPurpose);
        var now = DateTimeOffset.UtcNow;
        // A receiver that refuses connections, subscribed to an event no other test raises in these hospitals.
        var subscription = new WebhookSubscription
        {
            Id = Guid.NewGuid(), FacilityId = facilityId, Url = "http://127.0.0.1:9/hooks", EventTypes = WebhookEventTypes.CaseClosed,
            ProtectedSecret = protector.Protect(WebhookSignature.NewSecret()), CreatedAt = now, Version = Guid.NewGuid(),
        };
        var delivery = new WebhookDelivery
        {
            Id = Guid.NewGuid(), SubscriptionId = subscription.Id, EventId = Guid.NewGuid(), EventType = WebhookEventTypes.CaseClosed, Payload = "{}",
            CreatedAt = now, RetryingSince = now,
        };
        delivery.Succeeded(204, now);
        db.AddRange(subscription, delivery);
        await db.SaveChangesAsync();
        return new WebhookRecords(subscription.Id, subscription.Version, delivery.Id);
    }
}

public static class WebhooksWorldExtensions
{
    public static WebhooksWorld Webhooks(this TestWorld world) => world.Area<WebhooksWorld>();
}
