using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Cases;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.PersonalData;

/// <summary>The personal-data routes' guards: another facility's unit head gets 404 and writes nothing; bad input gets 400.</summary>
public sealed class PersonalDataProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["POST /api/v1/clients/{clientId:guid}/consents/{consentId:guid}/legal-ground"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}/consents/{w.Cases().B.ConsentId}/legal-ground", new { legalGround = "Khẩn cấp" }),
            new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().A.ClientId}/consents/{w.Cases().B.ConsentId}/legal-ground", new { legalGround = "Khẩn cấp" }),
        ],
        ["GET /api/v1/clients/{clientId:guid}/data-requests"] = w => [new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}/data-requests")],
        ["POST /api/v1/clients/{clientId:guid}/data-requests"] = w =>
            [new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}/data-requests", new { kind = "Access", receivedOn = "2026-01-05" })],
        ["GET /api/v1/clients/{clientId:guid}/personal-data-export"] = w => [new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}/personal-data-export")],
        ["POST /api/v1/clients/{clientId:guid}/restriction"] = w => [new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}/restriction", new { })],
        ["DELETE /api/v1/clients/{clientId:guid}/restriction"] = w => [new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}/restriction")],
        ["POST /api/v1/clients/{clientId:guid}/pseudonymisation"] = w => [new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}/pseudonymisation", new { })],
        ["DELETE /api/v1/clients/{clientId:guid}"] = w => [new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}")],
        ["POST /api/v1/data-requests/{requestId:guid}/close"] = w =>
            [new(TestWorld.AdminA, $"/api/v1/data-requests/{w.Area<PersonalDataWorld>().RequestB}/close", new { status = "Completed", outcome = "x", version = Guid.NewGuid() })],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/clients/{clientId:guid}/consents/{consentId:guid}/legal-ground"] = w => new(TestWorld.AdminA,
            $"/api/v1/clients/{w.Cases().A.ClientId}/consents/{w.Cases().A.ConsentId}/legal-ground",
            () => new JsonObject { ["legalGround"] = "Bảo vệ tính mạng" }, "legalGround", null, ""),
        ["POST /api/v1/clients/{clientId:guid}/data-requests"] = w => new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().A.ClientId}/data-requests",
            () => new JsonObject { ["kind"] = "Access", ["receivedOn"] = "2026-01-05", ["detail"] = "Con gái yêu cầu thay" }, "detail", "kind", "receivedOn"),
        ["POST /api/v1/clients/{clientId:guid}/restriction"] = w => new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().A.ClientId}/restriction", () => new JsonObject(), "", null, ""),
        ["DELETE /api/v1/clients/{clientId:guid}/restriction"] = w => new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().A.ClientId}/restriction", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/clients/{clientId:guid}/pseudonymisation"] = w => new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().A.ClientId}/pseudonymisation", () => new JsonObject(), "", null, ""),
        ["DELETE /api/v1/clients/{clientId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().A.ClientId}", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/data-requests/{requestId:guid}/close"] = w => new(TestWorld.AdminA, $"/api/v1/data-requests/{w.Area<PersonalDataWorld>().RequestA}/close",
            () => new JsonObject { ["status"] = "Completed", ["outcome"] = "Đã gửi", ["version"] = Guid.NewGuid().ToString() }, "outcome", "status", "version"),
    };
}
