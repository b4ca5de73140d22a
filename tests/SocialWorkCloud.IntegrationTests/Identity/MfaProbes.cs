using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Identity;

/// <summary>The MFA and jobs-dashboard routes' bad-input cases (none has an id: no isolation probe is owed).</summary>
public sealed class MfaProbes : IBadInputCases
{
    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/auth/mfa"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/mfa",
            () => new JsonObject { ["challenge"] = "not-a-challenge", ["code"] = "123456" }, "challenge", null, "code"),
        ["POST /api/v1/auth/mfa/enrolment"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/mfa/enrolment",
            () => new JsonObject { ["challenge"] = "not-a-challenge" }, "challenge", null, ""),
        ["POST /api/v1/auth/mfa/enrolment/confirm"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/mfa/enrolment/confirm",
            () => new JsonObject { ["challenge"] = "not-a-challenge", ["code"] = "123456" }, "challenge", null, "code"),
        // Worker A never enrols (the MFA tests use accounts of their own): these answer 422 on a valid body.
        ["POST /api/v1/me/mfa/enrolment/confirm"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/me/mfa/enrolment/confirm",
            () => new JsonObject { ["code"] = "123456" }, "code", null, "code"),
        ["POST /api/v1/me/mfa/disable"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/me/mfa/disable",
            () => new JsonObject { ["code"] = "123456" }, "code", null, "code"),
        ["POST /api/v1/me/mfa/recovery-codes"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/me/mfa/recovery-codes",
            () => new JsonObject { ["code"] = "123456" }, "code", null, "code"),
        ["PUT /api/v1/facility-mfa-requirement"] = _ => new(TestWorld.AdminA, "/api/v1/facility-mfa-requirement",
            () => new JsonObject { ["required"] = false }, "", null, "required"),
        // Bodiless: the case only declares the route covered (starting an enrolment or a dashboard ticket takes no input).
        ["POST /api/v1/me/mfa/enrolment"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/me/mfa/enrolment", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/jobs-dashboard/tickets"] = _ => new(TestWorld.Platform, "/api/v1/jobs-dashboard/tickets", () => new JsonObject(), "", null, ""),
    };
}
