using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Charity;

/// <summary>
/// The charity routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class CharityProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/charity/schedules/{scheduleId:guid}/occurrences"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/charity/schedules/{w.Charity().B.Schedule}/occurrences"),
        ],
        ["POST /api/v1/charity/schedules/{scheduleId:guid}/occurrences/{date}/confirm"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/charity/schedules/{w.Charity().B.Schedule}/occurrences/2025-01-15/confirm",
                new { held = true, beneficiaryCount = 10, valueVnd = 1000000 }),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/charity/activities"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/charity/activities",
            () => new JsonObject
            {
                ["kind"] = "GiftsChildrensDay", ["title"] = "Quà 1/6", ["date"] = "2025-06-01", ["beneficiaryCount"] = 120, ["valueVnd"] = 24_000_000,
            }, "title", "kind", "valueVnd"),
        ["POST /api/v1/charity/schedules"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/charity/schedules",
            () => new JsonObject { ["kind"] = "FreeMeals", ["title"] = "Cơm miễn phí", ["daysOfMonth"] = new JsonArray(1, 15), ["startsOn"] = "2025-01-01" },
            "title", "kind", "startsOn"),
        ["POST /api/v1/charity/schedules/{scheduleId:guid}/occurrences/{date}/confirm"] = w => new(TestWorld.WorkerAEmail,
            $"/api/v1/charity/schedules/{w.Charity().A.Schedule}/occurrences/2025-01-15/confirm",
            () => new JsonObject { ["held"] = true, ["beneficiaryCount"] = 80, ["valueVnd"] = 4_000_000, ["partner"] = "Nhà hảo tâm" },
            "partner", null, "beneficiaryCount"),
    };
}
