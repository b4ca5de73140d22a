using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>Reading inboxes through the API, and settling an event so that its absence from an inbox is final.</summary>
internal static class Inboxes
{
    public static async Task<List<InboxItem>> ReadAsync(HttpClient client, string? kind = null) =>
        (await client.GetAsync<Page<InboxItem>>("/api/v1/me/notifications?pageSize=200" + (kind is null ? "" : "&kind=" + kind))).Items;

    /// <summary>Waits for the job (after the command's commit) to write the item.</summary>
    public static async Task<InboxItem> WaitForAsync(HttpClient client, string kind, Guid recordId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var item = (await ReadAsync(client, kind)).FirstOrDefault(i => i.RecordId == recordId);
            if (item is not null) return item;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No {kind} about {recordId} arrived.");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Writes the inbox items of every <paramref name="kind"/> event about <paramref name="recordId"/> now, as its job does
    /// (writing is idempotent: what the job wrote or will write stays as it is). Afterwards, an inbox without the item never gets it.
    /// Returns how many such events were published.
    /// </summary>
    public static async Task<int> SettleAsync(ApiFactory factory, NotificationKind kind, Guid recordId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var needle = recordId.ToString();
        var payloads = await db.OutboxMessages.IgnoreTenant().Where(m => m.Type == "notifications.raised" && m.Payload.Contains(needle))
            .Select(m => m.Payload).ToListAsync();
        var events = payloads.Select(p => JsonSerializer.Deserialize<NotificationRaised>(p, TransactionalOutbox.Json)!)
            .Where(e => e.Kind == kind && e.RecordId == recordId).ToList();
        var jobs = scope.ServiceProvider.GetRequiredService<NotificationJobs>();
        foreach (var e in events) await jobs.WriteAsync(e, CancellationToken.None);
        return events.Count;
    }

    /// <summary>None of these people has an item about the record.</summary>
    public static async Task ShouldHaveNothingAboutAsync(TestWorld world, Guid recordId, params string[] emails)
    {
        foreach (var email in emails)
        {
            using var client = await world.ClientForAsync(email);
            (await ReadAsync(client)).Where(i => i.RecordId == recordId).ShouldBeEmpty($"{email} should not hear of {recordId}");
        }
    }
}
