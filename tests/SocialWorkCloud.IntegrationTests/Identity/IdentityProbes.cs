using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Identity;

/// <summary>
/// The identity routes' guards, collected by the route guard tests: bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class IdentityProbes : IBadInputCases
{
    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/auth/login"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/login",
            () => new JsonObject { ["email"] = TestWorld.WorkerAEmail, ["password"] = TestWorld.Password }, "email", null, "password"),
        ["POST /api/v1/auth/refresh"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/refresh",
            () => new JsonObject { ["refreshToken"] = "abc" }, "refreshToken", null, "refreshToken"),
        ["POST /api/v1/auth/logout"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/logout",
            () => new JsonObject { ["refreshToken"] = "abc" }, "refreshToken", null, "refreshToken"),
    };
}
