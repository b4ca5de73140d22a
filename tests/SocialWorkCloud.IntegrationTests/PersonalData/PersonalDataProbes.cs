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
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/clients/{clientId:guid}/consents/{consentId:guid}/legal-ground"] = w => new(TestWorld.AdminA,
            $"/api/v1/clients/{w.Cases().A.ClientId}/consents/{w.Cases().A.ConsentId}/legal-ground",
            () => new JsonObject { ["legalGround"] = "Bảo vệ tính mạng" }, "legalGround", null, ""),
    };
}
