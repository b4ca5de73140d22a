using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Webhooks;

/// <summary>
/// The webhook routes' guards, collected by the route guard tests: another facility's admin or API client gets 404 for
/// hospital B's subscription and delivery and changes nothing; bad input gets 400.
/// </summary>
public sealed class WebhooksProbes : IIsolationProbes, IBadInputCases
{
    private const string Subscriptions = "/api/v1/webhooks/subscriptions";

    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["PUT /api/v1/webhooks/subscriptions/{subscriptionId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().B.Subscription}", Edit(w.Webhooks().B.Version)),
            new("client:" + w.ClientIdA, $"{Subscriptions}/{w.Webhooks().B.Subscription}", Edit(w.Webhooks().B.Version)),
        ],
        ["DELETE /api/v1/webhooks/subscriptions/{subscriptionId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().B.Subscription}"),
        ],
        ["POST /api/v1/webhooks/subscriptions/{subscriptionId:guid}/secret"] = w =>
        [
            new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().B.Subscription}/secret"),
            new("client:" + w.ClientIdA, $"{Subscriptions}/{w.Webhooks().B.Subscription}/secret"),
        ],
        ["POST /api/v1/webhooks/subscriptions/{subscriptionId:guid}/pause"] = w =>
        [
            new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().B.Subscription}/pause"),
        ],
        ["POST /api/v1/webhooks/subscriptions/{subscriptionId:guid}/resume"] = w =>
        [
            new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().B.Subscription}/resume"),
        ],
        ["GET /api/v1/webhooks/subscriptions/{subscriptionId:guid}/deliveries"] = w =>
        [
            new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().B.Subscription}/deliveries"),
            new("client:" + w.ClientIdA, $"{Subscriptions}/{w.Webhooks().B.Subscription}/deliveries"),
        ],
        ["POST /api/v1/webhooks/deliveries/{deliveryId:guid}/redeliver"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/webhooks/deliveries/{w.Webhooks().B.Delivery}/redeliver"),
            new("client:" + w.ClientIdA, $"/api/v1/webhooks/deliveries/{w.Webhooks().B.Delivery}/redeliver"),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/webhooks/subscriptions"] = _ => new(TestWorld.AdminA, Subscriptions, () => Body(), "description", null, "eventTypes"),
        ["PUT /api/v1/webhooks/subscriptions/{subscriptionId:guid}"] = w => new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().A.Subscription}",
            () => Body(w.Webhooks().A.Version), "description", null, "eventTypes"),
        // Id-only commands: the body is ignored; the isolation probes cover them.
        ["DELETE /api/v1/webhooks/subscriptions/{subscriptionId:guid}"] = w => new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().A.Subscription}",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/webhooks/subscriptions/{subscriptionId:guid}/secret"] = w => new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().A.Subscription}/secret",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/webhooks/subscriptions/{subscriptionId:guid}/pause"] = w => new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().A.Subscription}/pause",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/webhooks/subscriptions/{subscriptionId:guid}/resume"] = w => new(TestWorld.AdminA, $"{Subscriptions}/{w.Webhooks().A.Subscription}/resume",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/webhooks/deliveries/{deliveryId:guid}/redeliver"] = w => new(TestWorld.AdminA, $"/api/v1/webhooks/deliveries/{w.Webhooks().A.Delivery}/redeliver",
            () => new JsonObject(), "", null, ""),
    };

    private static object Edit(Guid version) => new { url = "https://his.example.vn/hooks", eventTypes = new[] { "case.closed" }, description = "HIS", version };

    private static JsonObject Body(Guid? version = null)
    {
        var body = new JsonObject { ["url"] = "https://his.example.vn/hooks", ["eventTypes"] = new JsonArray("case.closed"), ["description"] = "HIS" };
        if (version is { } v) body["version"] = v.ToString();
        return body;
    }
}
