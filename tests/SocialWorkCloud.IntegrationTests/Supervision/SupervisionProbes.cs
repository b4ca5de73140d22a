using System.Net;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Supervision;

/// <summary>
/// The supervision routes' guards, collected by the route guard tests: tenant-isolation probes (another tenant's caller gets 404 and writes nothing); bad-input cases (malformed JSON, wrong types, oversize strings, unknown enums get 400).
/// </summary>
public sealed class SupervisionProbes : IIsolationProbes, IBadInputCases
{
    public IsolationProbeDictionary Probes { get; } = new()
    {
        ["GET /api/v1/supervision/visits/{visitId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/supervision/visits/{w.Supervision().B.ClosedVisit}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/supervision/visits/{w.Supervision().B.PlannedVisit}"),
            new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.Supervision().B.ClosedVisit}"),
            new(TestWorld.Officer2, $"/api/v1/supervision/visits/{w.Supervision().A.ClosedVisit}"),
            new("client:" + w.ClientIdA, $"/api/v1/supervision/visits/{w.Supervision().B.ClosedVisit}"),
            new(TestWorld.CollaboratorA, $"/api/v1/supervision/visits/{w.Supervision().A.ClosedVisit}", Expected: HttpStatusCode.Forbidden),
        ],
        ["PUT /api/v1/supervision/visits/{visitId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.Supervision().B.PlannedVisit}", VisitEdit()),
            new(TestWorld.Officer2, $"/api/v1/supervision/visits/{w.Supervision().A.PlannedVisit}", VisitEdit()),
            // A facility never records the province's visit, not even its own.
            new(TestWorld.AdminA, $"/api/v1/supervision/visits/{w.Supervision().A.PlannedVisit}", VisitEdit(), HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/supervision/visits/{visitId:guid}/recommendations"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.Supervision().B.PlannedVisit}/recommendations", new { text = "x", dueOn = "2031-01-01" }),
            new(TestWorld.AdminA, $"/api/v1/supervision/visits/{w.Supervision().A.PlannedVisit}/recommendations", new { text = "x", dueOn = "2031-01-01" },
                HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/supervision/visits/{visitId:guid}/close"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.Supervision().B.PlannedVisit}/close", new { version = Guid.NewGuid() }),
            new(TestWorld.Officer2, $"/api/v1/supervision/visits/{w.Supervision().A.PlannedVisit}/close", new { version = Guid.NewGuid() }),
        ],
        ["DELETE /api/v1/supervision/recommendations/{recommendationId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/recommendations/{w.Supervision().B.Recommendation}"),
        ],
        ["POST /api/v1/supervision/recommendations/{recommendationId:guid}/follow-ups"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/supervision/recommendations/{w.Supervision().B.Recommendation}/follow-ups", FollowUp()),
            new(TestWorld.AdminB, $"/api/v1/supervision/recommendations/{w.Supervision().A.Recommendation}/follow-ups", FollowUp()),
            // The province reviews; it never follows up on the facility's behalf.
            new(TestWorld.Officer1, $"/api/v1/supervision/recommendations/{w.Supervision().A.Recommendation}/follow-ups", FollowUp(), HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/supervision/recommendations/{recommendationId:guid}/review"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/recommendations/{w.Supervision().B.Recommendation}/review", new { version = Guid.NewGuid(), outcome = "Accepted" }),
            new(TestWorld.AdminA, $"/api/v1/supervision/recommendations/{w.Supervision().A.Recommendation}/review", new { version = Guid.NewGuid(), outcome = "Accepted" },
                HttpStatusCode.Forbidden),
        ],
        ["GET /api/v1/commendations/nominations/{nominationId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.Supervision().B.SubmittedNomination}"),
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.Supervision().B.SubmittedNomination}"),
            new(TestWorld.Officer2, $"/api/v1/commendations/nominations/{w.Supervision().A.SubmittedNomination}"),
            // A draft is the facility's own business, even for its province.
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.Supervision().A.DraftNomination}"),
            new("client:" + w.ClientIdA, $"/api/v1/commendations/nominations/{w.Supervision().B.SubmittedNomination}"),
        ],
        ["PUT /api/v1/commendations/nominations/{nominationId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.Supervision().B.DraftNomination}", NominationEdit()),
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.Supervision().A.DraftNomination}", NominationEdit(), HttpStatusCode.Forbidden),
        ],
        ["DELETE /api/v1/commendations/nominations/{nominationId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.Supervision().B.DraftNomination}"),
        ],
        ["POST /api/v1/commendations/nominations/{nominationId:guid}/submit"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.Supervision().B.DraftNomination}/submit", new { version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/commendations/nominations/{nominationId:guid}/decision"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.Supervision().B.SubmittedNomination}/decision", Award()),
            new(TestWorld.Officer2, $"/api/v1/commendations/nominations/{w.Supervision().A.SubmittedNomination}/decision", Award()),
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.Supervision().A.DraftNomination}/decision", Award()),
            // A facility never decides its own commendation.
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.Supervision().A.SubmittedNomination}/decision", Award(), HttpStatusCode.Forbidden),
        ],
    };

    public BadInputCaseDictionary Cases { get; } = new()
    {
        ["POST /api/v1/supervision/visits"] = w => new(TestWorld.Officer1, "/api/v1/supervision/visits",
            () => new JsonObject
            {
                ["facilityId"] = w.HospitalA.ToString(), ["plannedOn"] = "2030-06-01", ["scope"] = "Kiểm tra",
                ["team"] = new JsonArray(new JsonObject { ["name"] = "Thanh tra" }),
            }, "scope", null, "facilityId"),
        ["PUT /api/v1/supervision/visits/{visitId:guid}"] = w => new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.Supervision().A.PlannedVisit}",
            () => new JsonObject
            {
                ["version"] = Guid.NewGuid().ToString(), ["plannedOn"] = "2030-06-01", ["scope"] = "Kiểm tra", ["findings"] = "Đạt",
                ["team"] = new JsonArray(new JsonObject { ["name"] = "Thanh tra" }),
            }, "findings", null, "version"),
        ["POST /api/v1/supervision/visits/{visitId:guid}/recommendations"] = w => new(TestWorld.Officer1,
            $"/api/v1/supervision/visits/{w.Supervision().A.PlannedVisit}/recommendations",
            () => new JsonObject { ["text"] = "Bố trí phòng", ["dueOn"] = "2031-01-01" }, "text", null, "dueOn"),
        ["POST /api/v1/supervision/visits/{visitId:guid}/close"] = w => new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.Supervision().A.PlannedVisit}/close",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString() }, "", null, "version"),
        ["DELETE /api/v1/supervision/recommendations/{recommendationId:guid}"] = w => new(TestWorld.Officer1,
            $"/api/v1/supervision/recommendations/{w.Supervision().A.Recommendation}", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/supervision/recommendations/{recommendationId:guid}/follow-ups"] = w => new(TestWorld.AdminA,
            $"/api/v1/supervision/recommendations/{w.Supervision().A.Recommendation}/follow-ups",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["status"] = "Done", ["note"] = "Đã làm", ["date"] = "2025-06-01" }, "note", "status", "date"),
        ["POST /api/v1/supervision/recommendations/{recommendationId:guid}/review"] = w => new(TestWorld.Officer1,
            $"/api/v1/supervision/recommendations/{w.Supervision().A.Recommendation}/review",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["outcome"] = "Reopened", ["comment"] = "Chưa đạt" }, "comment", "outcome", "version"),
        ["POST /api/v1/commendations/nominations"] = _ => new(TestWorld.AdminA, "/api/v1/commendations/nominations",
            () => new JsonObject
            {
                ["year"] = 2025, ["nomineeKind"] = "Unit", ["nomineeName"] = "Phòng CTXH", ["awardKind"] = "CertificateOfMerit", ["achievements"] = "Thành tích",
            }, "achievements", "awardKind", "year"),
        ["PUT /api/v1/commendations/nominations/{nominationId:guid}"] = w => new(TestWorld.AdminA,
            $"/api/v1/commendations/nominations/{w.Supervision().A.DraftNomination}",
            () => new JsonObject
            {
                ["version"] = Guid.NewGuid().ToString(), ["year"] = 2025, ["nomineeKind"] = "Unit", ["nomineeName"] = "Phòng CTXH", ["awardKind"] = "CertificateOfMerit",
                ["achievements"] = "Thành tích",
            }, "nomineeName", "nomineeKind", "version"),
        ["DELETE /api/v1/commendations/nominations/{nominationId:guid}"] = w => new(TestWorld.AdminA,
            $"/api/v1/commendations/nominations/{w.Supervision().A.DraftNomination}", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/commendations/nominations/{nominationId:guid}/submit"] = w => new(TestWorld.AdminA,
            $"/api/v1/commendations/nominations/{w.Supervision().A.DraftNomination}/submit",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString() }, "", null, "version"),
        ["POST /api/v1/commendations/nominations/{nominationId:guid}/decision"] = w => new(TestWorld.Officer1,
            $"/api/v1/commendations/nominations/{w.Supervision().A.SubmittedNomination}/decision",
            () => new JsonObject { ["awarded"] = true, ["decisionNumber"] = "1/QĐ-SYT", ["decisionDate"] = "2025-12-01" }, "decisionNumber", null, "awarded"),
    };

    private static object VisitEdit() => new
    {
        version = Guid.NewGuid(), plannedOn = "2030-05-01", scope = "Đổi", team = new[] { new { name = "Thanh tra", title = (string?)null } },
    };

    private static object FollowUp() => new { version = Guid.NewGuid(), status = "Done", note = "Đã làm", date = "2025-06-01" };

    private static object NominationEdit() => new
    {
        version = Guid.NewGuid(), year = 2025, nomineeKind = "Unit", nomineeName = "Đổi", awardKind = "CertificateOfMerit", achievements = "x",
    };

    private static object Award() => new { awarded = true, decisionNumber = "1/QĐ-SYT", decisionDate = "2025-12-01" };
}
