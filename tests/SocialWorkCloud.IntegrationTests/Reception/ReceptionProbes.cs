using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Reception;

/// <summary>
/// The reception routes' guards, collected by the route guard tests: bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class ReceptionProbes : IBadInputCases
{
    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/reception/points"] = _ => new(TestWorld.AdminA, "/api/v1/reception/points",
            () => new JsonObject { ["name"] = "Quầy hướng dẫn" }, "name", null, ""),
        ["POST /api/v1/reception/tallies"] = w => new(TestWorld.WorkerAEmail, "/api/v1/reception/tallies",
            () => new JsonObject
            {
                ["entries"] = new JsonArray(new JsonObject
                {
                    ["id"] = Guid.NewGuid().ToString(), ["pointId"] = w.Reception().A.Point.ToString(), ["kind"] = "Guidance", ["occurredAt"] = "2025-06-01T08:00:00+07:00",
                }),
            }, "entries", null, "entries"),
    };
}
