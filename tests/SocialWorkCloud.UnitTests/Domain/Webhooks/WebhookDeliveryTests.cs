using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Webhooks;

namespace SocialWorkCloud.UnitTests.Domain.Webhooks;

public class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 1, 0, 0, TimeSpan.Zero);

    private static WebhookDelivery NewDelivery() => new()
    {
        Id = Guid.NewGuid(), SubscriptionId = Guid.NewGuid(), EventId = Guid.NewGuid(), EventType = WebhookEventTypes.TallyRecorded, Payload = "{}",
        CreatedAt = Start, RetryingSince = Start, NextAttemptAt = Start,
    };

    [Fact]
    public void Failures_back_off_exponentially_and_give_up_at_the_first_attempt_a_day_after_the_start()
    {
        var delivery = NewDelivery();
        var at = Start;
        var waits = new List<TimeSpan>();
        while (delivery.Status == WebhookDeliveryStatus.Pending)
        {
            delivery.Failed(500, "HTTP 500", at);
            if (delivery.NextAttemptAt is { } next)
            {
                waits.Add(next - at);
                at = next;
            }
        }
        waits.ShouldBe(waits.Order().ToList(), "each wait is at least the one before");
        waits[0].ShouldBe(TimeSpan.FromSeconds(5));
        (at - Start).ShouldBeGreaterThanOrEqualTo(WebhookDelivery.RetryFor);
        (at - Start).ShouldBeLessThan(WebhookDelivery.RetryFor + TimeSpan.FromHours(10));
        delivery.Status.ShouldBe(WebhookDeliveryStatus.Failed);
        delivery.LastStatusCode.ShouldBe(500);
        delivery.Attempts.ShouldBe(waits.Count + 1);
    }

    [Fact]
    public void A_redelivery_gets_a_fresh_day_but_not_while_still_pending()
    {
        var delivery = NewDelivery();
        Should.Throw<DomainRuleException>(() => delivery.Redeliver(Start)).Code.ShouldBe("webhook-delivery-pending");
        delivery.Succeeded(204, Start);
        delivery.Redeliver(Start.AddDays(3));
        delivery.Status.ShouldBe(WebhookDeliveryStatus.Pending);
        delivery.NextAttemptAt.ShouldBe(Start.AddDays(3));
        delivery.Failed(null, "timeout", Start.AddDays(3));
        delivery.Status.ShouldBe(WebhookDeliveryStatus.Pending, "a fresh day of retries");
    }
}
