using System.Net;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Reports;

/// <summary>
/// The reports routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class ReportsProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/reports/runs/{runId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/runs/{w.Reports().B.Run}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/reports/runs/{w.Reports().B.Run}"),
        ],
        ["GET /api/v1/reports/{reportId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().B.Report}"),
            new(TestWorld.Officer1, $"/api/v1/reports/{w.Reports().B.Report}"),
            new(TestWorld.Officer2, $"/api/v1/reports/{w.Reports().A.Report}"),
        ],
        ["PUT /api/v1/reports/{reportId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().B.Report}", new { version = Guid.NewGuid(), results = "x" }),
        ],
        ["POST /api/v1/reports/{reportId:guid}/regenerate"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().B.Report}/regenerate"),
        ],
        ["POST /api/v1/reports/{reportId:guid}/submit"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().B.Report}/submit", new { version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/reports/{reportId:guid}/return"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/reports/{w.Reports().B.Report}/return", new { version = Guid.NewGuid(), comment = "x" }),
            new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().A.Report}/return", new { version = Guid.NewGuid(), comment = "x" }, HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/reports/{reportId:guid}/approve"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/reports/{w.Reports().B.Report}/approve", new { version = Guid.NewGuid() }),
            new(TestWorld.Officer2, $"/api/v1/reports/{w.Reports().A.Report}/approve", new { version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/reports/{reportId:guid}/reopen"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/reports/{w.Reports().B.Report}/reopen", new { version = Guid.NewGuid(), comment = "x" }),
        ],
        ["GET /api/v1/reports/{reportId:guid}/export"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().B.Report}/export?format=Pdf"),
            new(TestWorld.Officer1, $"/api/v1/reports/{w.Reports().B.Report}/export?format=Xlsx"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/report-timeliness"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/report-timeliness?kind=Year&year=2024"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/report-timeliness?kind=Year&year=2024", Expected: HttpStatusCode.Forbidden),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/consolidated-report"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/consolidated-report?kind=Year&year=2024"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/consolidated-report?kind=Year&year=2024", Expected: HttpStatusCode.Forbidden),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/consolidated-report/export"] = w =>
        [
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/consolidated-report/export?kind=Year&year=2024&format=Pdf"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/consolidated-report/export?kind=Year&year=2024&format=Xlsx", Expected: HttpStatusCode.Forbidden),
        ],
        ["PUT /api/v1/provinces/{provinceId:guid}/report-deadlines"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/report-deadlines", new { kind = "Year", year = 2024, number = 1, dueOn = "2025-02-01" }),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/reports"] = _ => new(TestWorld.AdminA, "/api/v1/reports",
            () => new JsonObject { ["kind"] = "Year", ["year"] = 2024, ["number"] = 1 }, "", "kind", "year"),
        ["PUT /api/v1/reports/{reportId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().A.Report}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["reportNumber"] = "12/BC-BV", ["results"] = "x" }, "reportNumber", null, "version"),
        ["POST /api/v1/reports/{reportId:guid}/regenerate"] = w => new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().A.Report}/regenerate",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/reports/{reportId:guid}/submit"] = w => new(TestWorld.AdminA, $"/api/v1/reports/{w.Reports().A.Report}/submit",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["comment"] = "x" }, "comment", null, "version"),
        ["POST /api/v1/reports/{reportId:guid}/return"] = w => new(TestWorld.Officer1, $"/api/v1/reports/{w.Reports().A.Report}/return",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["comment"] = "x" }, "comment", null, "version"),
        ["POST /api/v1/reports/{reportId:guid}/approve"] = w => new(TestWorld.Officer1, $"/api/v1/reports/{w.Reports().A.Report}/approve",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["comment"] = "x" }, "comment", null, "version"),
        ["POST /api/v1/reports/{reportId:guid}/reopen"] = w => new(TestWorld.Officer1, $"/api/v1/reports/{w.Reports().A.Report}/reopen",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["comment"] = "x" }, "comment", null, "version"),
        ["PUT /api/v1/provinces/{provinceId:guid}/report-deadlines"] = w => new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/report-deadlines",
            () => new JsonObject { ["kind"] = "Year", ["year"] = 2024, ["number"] = 1, ["dueOn"] = "2025-01-20" }, "", "kind", "dueOn"),
    };
}
