using System.Net;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Cases;

/// <summary>
/// The cases routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class CasesProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/cases/{caseId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}"),
            new(TestWorld.AdminA, $"/api/v1/cases/{w.Cases().B.CaseId}"),
            // A collaborator of the same facility sees only cases assigned to them.
            new(TestWorld.CollaboratorA, $"/api/v1/cases/{w.Cases().A.CaseId}"),
        ],
        ["PUT /api/v1/cases/{caseId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/{w.Cases().B.CaseId}", new { assignedWorkerId = w.WorkerA, priority = "Low", riskLevel = "Low", isSensitive = false, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/transitions"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/transitions", new { toStage = "Assessment", version = Guid.NewGuid() }),
            new(TestWorld.CollaboratorA, $"/api/v1/cases/{w.Cases().A.CaseId}/transitions", new { toStage = "Assessment", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/assessments"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/assessments", new { assessedOn = "2025-01-01", riskLevel = "Low" }),
        ],
        ["PUT /api/v1/cases/{caseId:guid}/plan"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/plan", new { goals = new[] { new { goal = "x" } }, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/approval-requests"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/approval-requests", new { subject = "Closure", closingReason = "x", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/approval-decisions"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/{w.Cases().B.CaseId}/approval-decisions", new { subject = "Plan", approve = true, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/reopen"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/reopen", new { reason = "x", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/services"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/services", new { type = "Meals", deliveredOn = "2025-01-01", provider = "x", quantity = 1, valueVnd = 1000 }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/notes"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/notes", new { text = "x" }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/tasks"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/tasks", new { title = "x", dueOn = "2030-01-01" }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/tasks/{taskId:guid}/done"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().B.CaseId}/tasks/{w.Cases().B.TaskId}/done"),
            // Own case, another tenant's task.
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/tasks/{w.Cases().B.TaskId}/done"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/case-figures"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/case-figures"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/case-figures", Expected: HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/cases/alerts/{alertId:guid}/acknowledge"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/alerts/{w.Cases().B.AlertId}/acknowledge"),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/cases"] = w => new(TestWorld.WorkerAEmail, "/api/v1/cases",
            () => new JsonObject
            {
                ["clientId"] = w.Cases().A.ClientId.ToString(), ["priority"] = "Normal", ["riskLevel"] = "Low", ["intakeSource"] = "Self",
                ["presentingProblem"] = "Khó khăn",
            }, "presentingProblem", "intakeSource", "clientId"),
        ["PUT /api/v1/cases/{caseId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/cases/{w.Cases().A.CaseId}",
            () => new JsonObject
            {
                ["assignedWorkerId"] = w.WorkerA.ToString(), ["priority"] = "Normal", ["riskLevel"] = "Low", ["isSensitive"] = false,
                ["version"] = Guid.NewGuid().ToString(),
            }, "", "priority", "isSensitive"),
        ["POST /api/v1/cases/{caseId:guid}/transitions"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/transitions",
            () => new JsonObject { ["toStage"] = "Assessment", ["reason"] = "x", ["version"] = Guid.NewGuid().ToString() }, "reason", "toStage", "version"),
        ["POST /api/v1/cases/{caseId:guid}/assessments"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/assessments",
            () => new JsonObject { ["assessedOn"] = "2025-01-01", ["riskLevel"] = "Low", ["health"] = "ổn" }, "health", "riskLevel", "assessedOn"),
        ["PUT /api/v1/cases/{caseId:guid}/plan"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/plan",
            () => new JsonObject { ["goals"] = new JsonArray(new JsonObject { ["goal"] = "Về nhà" }), ["version"] = Guid.NewGuid().ToString() }, "", null, "goals"),
        ["POST /api/v1/cases/{caseId:guid}/approval-requests"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/approval-requests",
            () => new JsonObject { ["subject"] = "Closure", ["closingReason"] = "xong", ["version"] = Guid.NewGuid().ToString() }, "closingReason", "subject", "version"),
        ["POST /api/v1/cases/{caseId:guid}/approval-decisions"] = w => new(TestWorld.AdminA, $"/api/v1/cases/{w.Cases().A.CaseId}/approval-decisions",
            () => new JsonObject { ["subject"] = "Plan", ["approve"] = false, ["comment"] = "sửa", ["version"] = Guid.NewGuid().ToString() }, "comment", "subject", "approve"),
        ["POST /api/v1/cases/{caseId:guid}/reopen"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/reopen",
            () => new JsonObject { ["reason"] = "x", ["version"] = Guid.NewGuid().ToString() }, "reason", null, "version"),
        ["POST /api/v1/cases/{caseId:guid}/services"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/services",
            () => new JsonObject { ["type"] = "Meals", ["deliveredOn"] = "2025-01-01", ["provider"] = "Bếp", ["quantity"] = 1, ["valueVnd"] = 30000 },
            "provider", "type", "valueVnd"),
        ["POST /api/v1/cases/{caseId:guid}/notes"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/notes",
            () => new JsonObject { ["text"] = "ghi chú" }, "text", null, "text"),
        ["POST /api/v1/cases/{caseId:guid}/tasks"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/tasks",
            () => new JsonObject { ["title"] = "Gọi điện", ["dueOn"] = "2030-01-01" }, "title", null, "dueOn"),
        ["POST /api/v1/cases/{caseId:guid}/tasks/{taskId:guid}/done"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.Cases().A.CaseId}/tasks/{w.Cases().A.TaskId}/done",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/counselling-sessions"] = w => new(TestWorld.WorkerAEmail, "/api/v1/counselling-sessions",
            () => new JsonObject
            {
                ["clientId"] = w.Cases().A.ClientId.ToString(), ["withRelative"] = false, ["heldOn"] = "2025-01-01", ["durationMinutes"] = 30,
                ["topic"] = "Lo âu", ["distressBefore"] = 8, ["distressAfter"] = 4,
            }, "topic", null, "durationMinutes"),
        ["POST /api/v1/cases/alerts/{alertId:guid}/acknowledge"] = w => new(TestWorld.AdminA, $"/api/v1/cases/alerts/{w.Cases().A.AlertId}/acknowledge",
            () => new JsonObject(), "", null, ""),
    };
}
