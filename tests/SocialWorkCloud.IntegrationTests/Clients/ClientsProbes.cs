using System.Net;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using SocialWorkCloud.IntegrationTests.Cases;

namespace SocialWorkCloud.IntegrationTests.Clients;

/// <summary>
/// The clients routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class ClientsProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/clients/{clientId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.Cases().B.ClientId}"),
            new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}"),
            new(TestWorld.Officer1, $"/api/v1/clients/{w.Cases().A.ClientId}", Expected: HttpStatusCode.Forbidden),
        ],
        ["PUT /api/v1/clients/{clientId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.Cases().B.ClientId}", new { fullName = "Tên mới", sex = "Female", version = Guid.NewGuid() }),
            new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}", new { fullName = "Tên mới", sex = "Female", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/clients/{clientId:guid}/merge"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().B.ClientId}/merge", new { duplicateId = w.Cases().A.ClientId, version = Guid.NewGuid() }),
            // Own client kept, another tenant's client as the duplicate: still not found.
            new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().A.ClientId}/merge", new { duplicateId = w.Cases().B.ClientId, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/clients/{clientId:guid}/consents"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.Cases().B.ClientId}/consents", new { purpose = "PersonalDataProcessing", givenBy = "Client", givenOn = "2025-01-01" }),
        ],
        ["POST /api/v1/clients/{clientId:guid}/consents/{consentId:guid}/withdraw"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.Cases().B.ClientId}/consents/{w.Cases().B.ConsentId}/withdraw", new { withdrawnOn = "2025-06-01" }),
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.Cases().A.ClientId}/consents/{w.Cases().B.ConsentId}/withdraw", new { withdrawnOn = "2025-06-01" }),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/clients"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/clients",
            () => new JsonObject { ["fullName"] = "Lê Văn Sai", ["birthYear"] = 1980, ["sex"] = "Male" }, "fullName", "sex", "birthYear"),
        ["PUT /api/v1/clients/{clientId:guid}"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.Cases().A.ClientId}",
            () => new JsonObject { ["fullName"] = "Lê Văn Sửa", ["birthYear"] = 1980, ["sex"] = "Male", ["version"] = Guid.NewGuid().ToString() }, "fullName", "sex", "birthYear"),
        ["POST /api/v1/clients/{clientId:guid}/merge"] = w => new(TestWorld.AdminA, $"/api/v1/clients/{w.Cases().A.ClientId}/merge",
            () => new JsonObject { ["duplicateId"] = Guid.NewGuid().ToString(), ["version"] = Guid.NewGuid().ToString() }, "", null, "duplicateId"),
        ["POST /api/v1/clients/{clientId:guid}/consents"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.Cases().A.ClientId}/consents",
            () => new JsonObject { ["purpose"] = "PersonalDataProcessing", ["givenBy"] = "Guardian", ["guardianName"] = "Bố", ["givenOn"] = "2025-01-01" },
            "guardianName", "purpose", "givenOn"),
        ["POST /api/v1/clients/{clientId:guid}/consents/{consentId:guid}/withdraw"] = w => new(TestWorld.WorkerAEmail,
            $"/api/v1/clients/{w.Cases().A.ClientId}/consents/{w.Cases().A.ConsentId}/withdraw",
            () => new JsonObject { ["withdrawnOn"] = "2025-06-01" }, "", null, "withdrawnOn"),
    };
}
