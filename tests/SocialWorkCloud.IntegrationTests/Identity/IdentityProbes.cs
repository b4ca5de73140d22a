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
        ["POST /api/v1/auth/accept-invitation"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/accept-invitation",
            () => new JsonObject { ["token"] = "abc", ["password"] = "a long enough passphrase" }, "token", null, "password"),
        ["POST /api/v1/auth/reset-password"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/reset-password",
            () => new JsonObject { ["token"] = "abc", ["password"] = "a long enough passphrase" }, "password", null, "password"),
        ["POST /api/v1/auth/forgot-password"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/forgot-password",
            () => new JsonObject { ["email"] = "nobody@test.vn" }, "email", null, "email"),
        ["POST /api/v1/me/password"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/me/password",
            () => new JsonObject { ["currentPassword"] = TestWorld.Password, ["newPassword"] = "a long enough passphrase" }, "newPassword", null, ""),
        // Id-only: no body is sent (the case only declares the route covered), so nobody is signed out.
        ["POST /api/v1/me/sign-out-everywhere"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/me/sign-out-everywhere",
            () => new JsonObject(), "", null, ""),
        ["PUT /api/v1/me/profile"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/me/profile",
            () => new JsonObject { ["fullName"] = "Tên", ["phoneNumber"] = "0912345678", ["language"] = "vi" }, "fullName", null, ""),
    };
}
