using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Webhooks;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Webhooks;

/// <summary>Webhooks end to end: a receiver started by the test gets signed deliveries; a failing one gets retries, then the subscription pauses.</summary>
public abstract class WebhookTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static async Task<(Guid Id, string Secret)> SubscribeAsync(HttpClient client, string url, params string[] eventTypes)
    {
        var created = await (await client.PostJsonAsync("/api/v1/webhooks/subscriptions", new { url, eventTypes, description = "HIS" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        return (created.GetProperty("subscription").GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
    }

    private static async Task RecordTalliesAsync(HttpClient admin, int count)
    {
        var point = (await (await admin.PostJsonAsync("/api/v1/reception/points", new { name = "Sảnh khám bệnh" })).ReadAsync<JsonElement>(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var entries = Enumerable.Range(0, count).Select(_ => new { id = Guid.NewGuid(), pointId = point, kind = "Guidance", occurredAt = "2025-06-02T09:00:00+07:00" });
        (await admin.PostJsonAsync("/api/v1/reception/tallies", new { entries })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<WebhookDelivery> WaitForDeliveryAsync(Guid subscriptionId, Func<WebhookDelivery, bool> until)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var scope = factory.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var delivery = await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId).OrderByDescending(d => d.CreatedAt).FirstOrDefaultAsync();
            if (delivery is not null && until(delivery)) return delivery;
            await Task.Delay(300);
        }
        throw new TimeoutException("No delivery of subscription " + subscriptionId + " reached the expected state.");
    }

    [Fact]
    public async Task A_receiver_gets_a_delivery_of_its_facility_that_the_documented_check_verifies_and_detects_forged_or_replayed()
    {
        var tenant = await World.NewTenantAsync();
        var other = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        using var officer = await World.ClientForAsync(tenant.OfficerEmail);
        using var otherAdmin = await World.ClientForAsync(other.AdminEmail);
        using var receiver = new WebhookReceiver();
        using var provinceReceiver = new WebhookReceiver();
        var (subscriptionId, secret) = await SubscribeAsync(admin, receiver.Url, WebhookEventTypes.TallyRecorded, WebhookEventTypes.UnitStatusChanged);
        // The province's officer subscribes for every facility of the province.
        var (_, provinceSecret) = await SubscribeAsync(officer, provinceReceiver.Url, WebhookEventTypes.TallyRecorded);
        // The secret is shown once: the list never carries it.
        (await (await admin.GetAsync("/api/v1/webhooks/subscriptions")).Content.ReadAsStringAsync()).ShouldNotContain(secret["whsec_".Length..]);

        await RecordTalliesAsync(otherAdmin, 5); // another facility, another province: reaches neither receiver
        await RecordTalliesAsync(admin, 3);

        var got = await receiver.NextAsync();
        WebhookSignature.Verify(secret, got.Id, got.Timestamp, got.Signature, got.Body, DateTimeOffset.UtcNow).ShouldBeTrue(got.ToString());
        var payload = JsonDocument.Parse(got.Body).RootElement;
        payload.GetProperty("type").GetString().ShouldBe("tally.recorded");
        payload.GetProperty("data").GetProperty("accepted").GetInt32().ShouldBe(3);
        got.Body.ShouldNotContain("Sảnh");
        got.Id.ShouldStartWith("msg_");

        // Forged: another body (or another secret) under the genuine headers. Replayed: the genuine delivery checked 10 minutes later.
        WebhookSignature.Verify(secret, got.Id, got.Timestamp, got.Signature, got.Body.Replace("3", "300", StringComparison.Ordinal), DateTimeOffset.UtcNow).ShouldBeFalse();
        WebhookSignature.Verify(provinceSecret, got.Id, got.Timestamp, got.Signature, got.Body, DateTimeOffset.UtcNow).ShouldBeFalse();
        WebhookSignature.Verify(secret, got.Id, got.Timestamp, got.Signature, got.Body, DateTimeOffset.UtcNow.AddMinutes(10)).ShouldBeFalse();

        var atProvince = await provinceReceiver.NextAsync();
        WebhookSignature.Verify(provinceSecret, atProvince.Id, atProvince.Timestamp, atProvince.Signature, atProvince.Body, DateTimeOffset.UtcNow).ShouldBeTrue();
        atProvince.Id.ShouldBe(got.Id, "one event, one webhook-id");

        var delivered = await WaitForDeliveryAsync(subscriptionId, d => d.Status == WebhookDeliveryStatus.Succeeded);
        delivered.LastStatusCode.ShouldBe(204);
        var log = await (await admin.GetAsync($"/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries")).ReadAsync<JsonElement>();
        log.GetProperty("totalCount").GetInt32().ShouldBe(1);
        log.GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("Succeeded");
        log.GetProperty("items")[0].GetProperty("webhookId").GetString().ShouldBe(got.Id);
        // The subscription list carries its newest delivery: when, how it went, the receiver's status code.
        var last = (await (await admin.GetAsync("/api/v1/webhooks/subscriptions")).ReadAsync<JsonElement>()).EnumerateArray()
            .Single(x => x.GetProperty("id").GetGuid() == subscriptionId).GetProperty("lastDelivery");
        last.GetProperty("id").GetGuid().ShouldBe(delivered.Id);
        last.GetProperty("status").GetString().ShouldBe("Succeeded");
        last.GetProperty("statusCode").GetInt32().ShouldBe(204);
        last.GetProperty("at").GetDateTimeOffset().ShouldBe(delivered.LastAttemptAt!.Value, TimeSpan.FromMilliseconds(1));
        await Task.Delay(1000);
        receiver.All.ShouldAllBe(d => !d.Body.Contains("\"accepted\":5", StringComparison.Ordinal));
        provinceReceiver.All.ShouldAllBe(d => !d.Body.Contains("\"accepted\":5", StringComparison.Ordinal));
    }

    private async Task<int> WebhookEventRowsAsync(Guid facilityId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.OutboxMessages.AsNoTracking().CountAsync(m => m.Type == "webhooks.event" && m.FacilityId == facilityId);
    }

    [Fact]
    public async Task An_event_no_subscription_wants_writes_no_outbox_row_and_the_next_one_after_subscribing_is_delivered()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        using var officer = await World.ClientForAsync(tenant.OfficerEmail);
        using var receiver = new WebhookReceiver();

        // Nobody subscribed; then subscriptions to other types, of the facility and of its province: nothing is published.
        await RecordTalliesAsync(admin, 2);
        (await WebhookEventRowsAsync(tenant.HospitalId)).ShouldBe(0);
        await SubscribeAsync(admin, receiver.Url, WebhookEventTypes.CaseClosed, WebhookEventTypes.ReportApproved);
        await SubscribeAsync(officer, receiver.Url, WebhookEventTypes.UnitStatusChanged);
        await RecordTalliesAsync(admin, 3);
        (await WebhookEventRowsAsync(tenant.HospitalId)).ShouldBe(0);
        receiver.All.ShouldBeEmpty();

        // The facility subscribes to the type: the very next batch is an event, delivered.
        var (subscriptionId, secret) = await SubscribeAsync(admin, receiver.Url, WebhookEventTypes.TallyRecorded);
        await RecordTalliesAsync(admin, 4);
        (await WebhookEventRowsAsync(tenant.HospitalId)).ShouldBe(1);
        var got = await receiver.NextAsync();
        WebhookSignature.Verify(secret, got.Id, got.Timestamp, got.Signature, got.Body, DateTimeOffset.UtcNow).ShouldBeTrue(got.ToString());
        JsonDocument.Parse(got.Body).RootElement.GetProperty("data").GetProperty("accepted").GetInt32().ShouldBe(4);

        // Paused by its owner, it wants nothing; resumed, it does again.
        (await admin.PostAsync($"/api/v1/webhooks/subscriptions/{subscriptionId}/pause", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await RecordTalliesAsync(admin, 5);
        (await WebhookEventRowsAsync(tenant.HospitalId)).ShouldBe(1);
        (await admin.PostAsync($"/api/v1/webhooks/subscriptions/{subscriptionId}/resume", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await RecordTalliesAsync(admin, 6);
        (await WebhookEventRowsAsync(tenant.HospitalId)).ShouldBe(2);
        var afterResume = await receiver.NextAsync();
        JsonDocument.Parse(afterResume.Body).RootElement.GetProperty("data").GetProperty("accepted").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task A_province_subscription_to_the_type_makes_its_facilities_publish_it()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        using var officer = await World.ClientForAsync(tenant.OfficerEmail);
        using var receiver = new WebhookReceiver();
        await SubscribeAsync(officer, receiver.Url, WebhookEventTypes.TallyRecorded);
        await RecordTalliesAsync(admin, 7);
        (await WebhookEventRowsAsync(tenant.HospitalId)).ShouldBe(1);
        JsonDocument.Parse((await receiver.NextAsync()).Body).RootElement.GetProperty("data").GetProperty("accepted").GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task A_failing_receiver_gets_retries_with_back_off_then_the_subscription_pauses_and_its_owner_is_told()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        using var receiver = new WebhookReceiver(statusCode: 500);
        var (subscriptionId, _) = await SubscribeAsync(admin, receiver.Url, WebhookEventTypes.TallyRecorded);
        await RecordTalliesAsync(admin, 2);
        await receiver.NextAsync();
        var first = await WaitForDeliveryAsync(subscriptionId, d => d.Attempts >= 1);
        first.Status.ShouldBe(WebhookDeliveryStatus.Pending);
        first.LastStatusCode.ShouldBe(500);

        // A day of retries driven with a clock the test moves: the delivery job itself, an hour at a time.
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        var paused = false;
        for (var hour = 0; hour < 40 && !paused; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await using var scope = factory.CreateScope();
            var jobs = ActivatorUtilities.CreateInstance<WebhookJobs>(scope.ServiceProvider, (TimeProvider)clock);
            await jobs.DeliverAsync(first.Id, CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            paused = await db.WebhookSubscriptions.AsNoTracking().AnyAsync(s => s.Id == subscriptionId && s.Status == WebhookSubscriptionStatus.Paused);
        }
        paused.ShouldBeTrue();
        var failed = await WaitForDeliveryAsync(subscriptionId, d => d.Status == WebhookDeliveryStatus.Failed);
        failed.Attempts.ShouldBeGreaterThanOrEqualTo(6);
        receiver.All.Count.ShouldBeGreaterThanOrEqualTo(6);
        var listed = (await (await admin.GetAsync("/api/v1/webhooks/subscriptions")).ReadAsync<JsonElement>()).EnumerateArray().Single();
        listed.GetProperty("status").GetString().ShouldBe("Paused");
        listed.GetProperty("pausedReason").GetString().ShouldBe("failing");
        var mail = await TestMailbox.Instance.WaitForAsync(tenant.AdminEmail);
        (mail.TextBody ?? "").ShouldContain(receiver.Url);

        // Fixed: the owner resumes and redelivers; the same webhook-id arrives and succeeds.
        receiver.StatusCode = 204;
        (await admin.PostAsync($"/api/v1/webhooks/subscriptions/{subscriptionId}/resume", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var redelivered = await (await admin.PostAsync($"/api/v1/webhooks/deliveries/{failed.Id}/redeliver", null)).ReadAsync<JsonElement>();
        redelivered.GetProperty("status").GetString().ShouldBe("Pending");
        (await WaitForDeliveryAsync(subscriptionId, d => d.Status == WebhookDeliveryStatus.Succeeded)).LastStatusCode.ShouldBe(204);
        receiver.All.Last().Id.ShouldBe(WebhookJobs.MessageId(failed.EventId));
    }

    [Fact]
    public async Task Bad_subscriptions_are_refused_with_problem_details_and_only_admins_subscribe()
    {
        var tenant = await World.NewTenantAsync();
        using var admin = await World.ClientForAsync(tenant.AdminEmail);
        using var worker = await World.ClientForAsync(tenant.WorkerEmail);
        var unknown = await (await admin.PostJsonAsync("/api/v1/webhooks/subscriptions", new { url = "https://his.example.vn/h", eventTypes = new[] { "client.created" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        unknown.GetProperty("errors").GetRawText().ShouldContain("eventTypes");
        (await (await admin.PostJsonAsync("/api/v1/webhooks/subscriptions", new { url = "ftp://his.example.vn/h", eventTypes = new[] { "case.closed" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("validation-failed");
        (await (await admin.PostJsonAsync("/api/v1/webhooks/subscriptions", new { url = "https://his.example.vn/h", eventTypes = Array.Empty<string>() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("eventTypes", out _).ShouldBeTrue();
        await (await worker.PostJsonAsync("/api/v1/webhooks/subscriptions", new { url = "https://his.example.vn/h", eventTypes = new[] { "case.closed" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await admin.GetAsync("/api/v1/webhooks/subscriptions")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);

        // The catalogue names exactly the types a subscription may choose, each with what it announces; a worker may not read it.
        var catalogue = await (await admin.GetAsync("/api/v1/webhooks/event-types")).ReadAsync<JsonElement>();
        catalogue.EnumerateArray().Select(e => e.GetProperty("type").GetString()).ShouldBe(WebhookEventTypes.All);
        catalogue.EnumerateArray().ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.GetProperty("description").GetString()) && !e.GetProperty("description").GetString()!.StartsWith("webhook-event."));
        await (await worker.GetAsync("/api/v1/webhooks/event-types")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class WebhooksOnPostgres(SharedPostgres api) : WebhookTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class WebhooksOnSqlite(SharedSqlite api) : WebhookTests(api.Factory), IClassFixture<SharedSqlite>;
