using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>
/// The inbox routes' guards: another person's item is 404 (even inside the same facility); bad input to the writes is 400.
/// </summary>
public sealed class NotificationsProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["POST /api/v1/me/notifications/{notificationId:guid}/read"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/me/notifications/{w.Area<NotificationsWorld>().ItemOfAdminB}/read"),
            new(TestWorld.WorkerBEmail, $"/api/v1/me/notifications/{w.Area<NotificationsWorld>().ItemOfAdminB}/read"),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/me/notifications/{notificationId:guid}/read"] = w => new(TestWorld.AdminB,
            $"/api/v1/me/notifications/{w.Area<NotificationsWorld>().ItemOfAdminB}/read", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/me/notifications/read-all"] = w => new(TestWorld.AdminB, "/api/v1/me/notifications/read-all",
            () => new JsonObject { ["kind"] = "ReportDue" }, "", "kind", "kind"),
        ["PUT /api/v1/me/notification-preferences"] = w => new(TestWorld.WorkerAEmail, "/api/v1/me/notification-preferences",
            () => new JsonObject { ["preferences"] = new JsonArray(new JsonObject { ["kind"] = "ReportDue", ["email"] = false }) }, "", null, "preferences"),
    };
}
