using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Communication;

/// <summary>
/// The communication routes' guards, collected by the route guard tests: bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class CommunicationProbes : IBadInputCases
{
    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/communication/items"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/communication/items",
            () => new JsonObject { ["channel"] = "Loudspeaker", ["title"] = "Phát thanh", ["date"] = "2025-05-05", ["audienceReached"] = 300 },
            "title", "channel", "audienceReached"),
    };
}
