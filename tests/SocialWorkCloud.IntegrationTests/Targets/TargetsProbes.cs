using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Targets;

/// <summary>
/// The targets routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class TargetsProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/provinces/{provinceId:guid}/targets"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/targets?year=2040"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/targets?year=2040"),
        ],
        ["POST /api/v1/provinces/{provinceId:guid}/targets"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/targets", GroupTarget()),
            // Own province in the route, another province's facility in the body: not found either.
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/targets",
                new { year = 2041, indicatorCode = "MONEY_RAISED", facilityId = w.HospitalB, value = 1_000_000 }),
        ],
        ["PUT /api/v1/provinces/{provinceId:guid}/targets/{targetId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/targets/{w.Targets().B.Target}", new { value = 5, version = Guid.NewGuid() }),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/targets/{w.Targets().B.Target}", new { value = 5, version = Guid.NewGuid() }),
        ],
        ["DELETE /api/v1/provinces/{provinceId:guid}/targets/{targetId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/targets/{w.Targets().B.Target}?version={Guid.NewGuid()}"),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/targets/{w.Targets().B.Target}?version={Guid.NewGuid()}"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/progress"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/progress"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/progress"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/progress/export"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/progress/export"),
        ],
        ["GET /api/v1/facilities/{facilityId:guid}/progress"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/progress"),
            new(TestWorld.WorkerAEmail, $"/api/v1/facilities/{w.CdcA}/progress"),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}/progress"),
        ],
        ["GET /api/v1/plans/{planId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/plans/{w.Targets().B.Plan}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/plans/{w.Targets().B.Plan}"),
        ],
        ["PUT /api/v1/plans/{planId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/plans/{w.Targets().B.Plan}", new { version = Guid.NewGuid(), summary = "Đổi", targets = Array.Empty<object>(), activities = Array.Empty<object>() }),
        ],
        ["POST /api/v1/plans/{planId:guid}/submit"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/plans/{w.Targets().B.Plan}/submit", new { version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/plans"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/plans?year=2040"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/plans/{planId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/plans/{w.Targets().B.Plan}"),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/plans/{w.Targets().B.Plan}"),
        ],
        ["POST /api/v1/provinces/{provinceId:guid}/plans/{planId:guid}/review"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/plans/{w.Targets().B.Plan}/review", new { decision = "Acknowledge", version = Guid.NewGuid() }),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/plans/{w.Targets().B.Plan}/review", new { decision = "Acknowledge", version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/five-year-plans/{planId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/five-year-plans/{w.Targets().B.FiveYearPlan}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/five-year-plans/{w.Targets().B.FiveYearPlan}"),
        ],
        ["PUT /api/v1/five-year-plans/{planId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/five-year-plans/{w.Targets().B.FiveYearPlan}",
                new { version = Guid.NewGuid(), generalGoal = "Đổi", targets = Array.Empty<object>() }),
        ],
        ["POST /api/v1/five-year-plans/{planId:guid}/submit"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/five-year-plans/{w.Targets().B.FiveYearPlan}/submit", new { version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/five-year-plans"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/five-year-plans?startYear=2036"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/five-year-plans/{planId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/five-year-plans/{w.Targets().B.FiveYearPlan}"),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/five-year-plans/{w.Targets().B.FiveYearPlan}"),
        ],
        ["POST /api/v1/provinces/{provinceId:guid}/five-year-plans/{planId:guid}/review"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/five-year-plans/{w.Targets().B.FiveYearPlan}/review",
                new { decision = "Acknowledge", version = Guid.NewGuid() }),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/five-year-plans/{w.Targets().B.FiveYearPlan}/review",
                new { decision = "Acknowledge", version = Guid.NewGuid() }),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/provinces/{provinceId:guid}/targets"] = w => new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/targets",
            () => new JsonObject { ["year"] = 2042, ["indicatorCode"] = "MONEY_RAISED", ["facilityGroup"] = "Curative", ["value"] = 1_000_000 },
            "indicatorCode", "facilityGroup", "value"),
        ["PUT /api/v1/provinces/{provinceId:guid}/targets/{targetId:guid}"] = w => new(TestWorld.Officer1,
            $"/api/v1/provinces/{w.Province1}/targets/{w.Targets().A.Target}",
            () => new JsonObject { ["value"] = 5, ["version"] = Guid.NewGuid().ToString() }, "", null, "value"),
        ["DELETE /api/v1/provinces/{provinceId:guid}/targets/{targetId:guid}"] = w => new(TestWorld.Officer1,
            $"/api/v1/provinces/{w.Province1}/targets/{w.Targets().A.Target}?version={Guid.NewGuid()}", () => new JsonObject(), "", null, ""),
        ["PUT /api/v1/area-screening"] = _ => new(TestWorld.AdminA, "/api/v1/area-screening",
            () => new JsonObject { ["year"] = 2026, ["childrenInSpecialCircumstances"] = 3, ["peopleInHardship"] = 10 },
            "", null, "childrenInSpecialCircumstances"),
        ["POST /api/v1/plans"] = _ => new(TestWorld.AdminA, "/api/v1/plans",
            () => new JsonObject { ["year"] = 2042, ["summary"] = "Kế hoạch", ["targets"] = new JsonArray(), ["activities"] = new JsonArray() },
            "summary", null, "year"),
        ["PUT /api/v1/plans/{planId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/plans/{w.Targets().A.Plan}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["summary"] = "Kế hoạch", ["targets"] = new JsonArray(), ["activities"] = new JsonArray() },
            "summary", null, "version"),
        ["POST /api/v1/plans/{planId:guid}/submit"] = w => new(TestWorld.AdminA, $"/api/v1/plans/{w.Targets().A.Plan}/submit",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString() }, "", null, "version"),
        ["POST /api/v1/provinces/{provinceId:guid}/plans/{planId:guid}/review"] = w => new(TestWorld.Officer1,
            $"/api/v1/provinces/{w.Province1}/plans/{w.Targets().A.Plan}/review",
            () => new JsonObject { ["decision"] = "Return", ["comment"] = "Bổ sung", ["version"] = Guid.NewGuid().ToString() }, "comment", "decision", "version"),
        ["POST /api/v1/five-year-plans"] = _ => new(TestWorld.AdminA, "/api/v1/five-year-plans",
            () => new JsonObject
            {
                ["startYear"] = 2041, ["generalGoal"] = "Mục tiêu chung",
                ["targets"] = new JsonArray(new JsonObject { ["indicatorCode"] = "MONEY_RAISED", ["year"] = 2041, ["value"] = 1_000_000 }),
            },
            "generalGoal", null, "startYear"),
        ["PUT /api/v1/five-year-plans/{planId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/five-year-plans/{w.Targets().A.FiveYearPlan}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["generalGoal"] = "Mục tiêu chung", ["targets"] = new JsonArray() },
            "generalGoal", null, "version"),
        ["POST /api/v1/five-year-plans/{planId:guid}/submit"] = w => new(TestWorld.AdminA, $"/api/v1/five-year-plans/{w.Targets().A.FiveYearPlan}/submit",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString() }, "", null, "version"),
        ["POST /api/v1/provinces/{provinceId:guid}/five-year-plans/{planId:guid}/review"] = w => new(TestWorld.Officer1,
            $"/api/v1/provinces/{w.Province1}/five-year-plans/{w.Targets().A.FiveYearPlan}/review",
            () => new JsonObject { ["decision"] = "Return", ["comment"] = "Bổ sung", ["version"] = Guid.NewGuid().ToString() }, "comment", "decision", "version"),
    };

    private static object GroupTarget() => new { year = 2041, indicatorCode = "MONEY_RAISED", facilityGroup = "Curative", value = 1_000_000 };
}
