using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Kpis;

/// <summary>
/// The kpis routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class KpisProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/provinces/{provinceId:guid}/kpis"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/kpis"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis/laggards"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/laggards?indicator=CurativeUnitShare"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/kpis/laggards?indicator=PreventiveSocialWorkShare"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis/map"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/map"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/kpis/map"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis/status-hints"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/status-hints"),
        ],
        ["GET /api/v1/facilities/{facilityId:guid}/kpis/status-hint"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/kpis/status-hint"),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}/kpis/status-hint"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis/trend"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/trend"),
        ],
        ["POST /api/v1/provinces/{provinceId:guid}/kpis/recompute"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/recompute", new { asOf = "2025-12-31" }),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis/runs/{runId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/runs/{w.Kpis().RunProvince2}"),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/kpis/runs/{w.Kpis().RunProvince2}"),
        ],
        ["GET /api/v1/facilities/{facilityId:guid}/kpis"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/kpis"),
            new(TestWorld.WorkerAEmail, $"/api/v1/facilities/{w.CdcA}/kpis"),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}/kpis"),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/provinces/{provinceId:guid}/kpis/recompute"] = w => new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/kpis/recompute",
            () => new JsonObject { ["asOf"] = "2025-12-31" }, "asOf", null, "asOf"),
    };
}
