using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Users;

/// <summary>
/// The users routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class UsersProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["POST /api/v1/users/{userId:guid}/deactivate"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerB}/deactivate"),
        ],
        ["PUT /api/v1/users/{userId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerB}", new { fullName = "Đổi tên", role = "SocialWorker" }),
        ],
        ["POST /api/v1/users/{userId:guid}/reactivate"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerB}/reactivate"),
        ],
        ["POST /api/v1/users/{userId:guid}/resend-invitation"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerB}/resend-invitation"),
        ],
        ["POST /api/v1/users/{userId:guid}/password-reset"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerB}/password-reset"),
        ],
        ["POST /api/v1/users/{userId:guid}/sign-out-everywhere"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerB}/sign-out-everywhere"),
        ],
        ["POST /api/v1/api-clients/{apiClientId:guid}/revoke"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/api-clients/{w.ClientB}/revoke"),
            new(TestWorld.AdminB, $"/api/v1/api-clients/{w.ClientA}/revoke"),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/users"] = w => new(TestWorld.AdminA, "/api/v1/users",
            () => new JsonObject { ["email"] = "new.user@test.vn", ["fullName"] = "Người mới", ["role"] = "SocialWorker" },
            "fullName", "role", "facilityId"),
        ["POST /api/v1/users/{userId:guid}/deactivate"] = w => new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerA}/deactivate",
            () => new JsonObject(), "", null, ""),
        ["PUT /api/v1/users/{userId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerA}",
            () => new JsonObject { ["fullName"] = "Người cũ", ["role"] = "SocialWorker" }, "fullName", "role", "facilityId"),
        ["POST /api/v1/users/{userId:guid}/reactivate"] = w => new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerA}/reactivate",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/users/{userId:guid}/resend-invitation"] = w => new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerA}/resend-invitation",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/users/{userId:guid}/password-reset"] = w => new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerA}/password-reset",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/users/{userId:guid}/sign-out-everywhere"] = w => new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerA}/sign-out-everywhere",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/api-clients"] = w => new(TestWorld.AdminA, "/api/v1/api-clients",
            () => new JsonObject { ["name"] = "HIS", ["scopes"] = new JsonArray("read") }, "name", null, "scopes"),
        ["POST /api/v1/api-clients/{apiClientId:guid}/revoke"] = w => new(TestWorld.AdminA, $"/api/v1/api-clients/{w.ClientA}/revoke",
            () => new JsonObject(), "", null, ""),
    };
}
