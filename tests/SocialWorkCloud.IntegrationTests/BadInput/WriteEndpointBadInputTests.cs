using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.BadInput;

/// <summary>
/// Every JSON write endpoint, fed malformed JSON, wrong types, oversize strings and unknown enum
/// values, answers 400 ProblemDetails (never 500) and writes nothing. A new write endpoint fails
/// the coverage test until it has a case here.
/// </summary>
public abstract class WriteEndpointBadInputTests(ApiFactory factory)
{
    /// <param name="Actor">A user allowed to call the endpoint with a valid body.</param>
    /// <param name="ValidBody">A body that would succeed (or fail only on a business rule), to be broken field by field.</param>
    /// <param name="TextField">A string field to oversize.</param>
    /// <param name="EnumField">An enum field to set to an unknown value, if any.</param>
    /// <param name="TypedField">A non-string field to give a string.</param>
    private sealed record Case(string Actor, string Url, Func<JsonObject> ValidBody, string TextField, string? EnumField, string TypedField);

    private static readonly Dictionary<string, Func<TestWorld, Case>> Cases = new()
    {
        ["POST /api/v1/auth/login"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/login",
            () => new JsonObject { ["email"] = TestWorld.WorkerAEmail, ["password"] = TestWorld.Password }, "email", null, "password"),
        ["POST /api/v1/auth/refresh"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/refresh",
            () => new JsonObject { ["refreshToken"] = "abc" }, "refreshToken", null, "refreshToken"),
        ["POST /api/v1/auth/logout"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/auth/logout",
            () => new JsonObject { ["refreshToken"] = "abc" }, "refreshToken", null, "refreshToken"),
        ["POST /api/v1/provinces"] = _ => new(TestWorld.Platform, "/api/v1/provinces",
            () => new JsonObject { ["code"] = "BAD", ["name"] = "Tỉnh" }, "name", null, "code"),
        ["POST /api/v1/facilities"] = w => new(TestWorld.Platform, "/api/v1/facilities",
            () => new JsonObject
            {
                ["provinceId"] = w.Province1.ToString(), ["code"] = "BAD-1", ["name"] = "Bệnh viện", ["type"] = "PublicHospital",
                ["ownership"] = "Public", ["medicalStaffCount"] = 10,
            }, "name", "type", "medicalStaffCount"),
        ["PUT /api/v1/facilities/{facilityId:guid}"] = w => new(TestWorld.Platform, $"/api/v1/facilities/{w.StationA}",
            () => new JsonObject
            {
                ["version"] = Guid.NewGuid().ToString(), ["name"] = "Trạm", ["type"] = "CommuneHealthStation", ["ownership"] = "Public", ["medicalStaffCount"] = 5,
            }, "name", "ownership", "version"),
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history"] = w => new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalA}/unit-history",
            () => new JsonObject { ["status"] = "Department", ["effectiveDate"] = "2024-02-02", ["decisionNumber"] = "QĐ 1", ["headcount"] = 3 },
            "decisionNumber", "status", "effectiveDate"),
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history/{changeId:guid}/corrections"] = w => new(TestWorld.AdminA,
            $"/api/v1/facilities/{w.HospitalA}/unit-history/{w.ChangeA}/corrections",
            () => new JsonObject { ["reason"] = "sai", ["retract"] = false, ["status"] = "Team", ["effectiveDate"] = "2018-05-02", ["decisionNumber"] = "QĐ 2", ["headcount"] = 2 },
            "reason", "status", "retract"),
        ["POST /api/v1/provinces/{provinceId:guid}/kpis/recompute"] = w => new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/kpis/recompute",
            () => new JsonObject { ["asOf"] = "2025-12-31" }, "asOf", null, "asOf"),
        ["POST /api/v1/users"] = w => new(TestWorld.AdminA, "/api/v1/users",
            () => new JsonObject { ["email"] = "new.user@test.vn", ["fullName"] = "Người mới", ["role"] = "SocialWorker", ["password"] = "Password123" },
            "fullName", "role", "facilityId"),
        ["POST /api/v1/users/{userId:guid}/deactivate"] = w => new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerA}/deactivate",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/api-clients"] = w => new(TestWorld.AdminA, "/api/v1/api-clients",
            () => new JsonObject { ["name"] = "HIS", ["scopes"] = new JsonArray("read") }, "name", null, "scopes"),
        ["POST /api/v1/api-clients/{apiClientId:guid}/revoke"] = w => new(TestWorld.AdminA, $"/api/v1/api-clients/{w.ClientA}/revoke",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/clients"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/clients",
            () => new JsonObject { ["fullName"] = "Lê Văn Sai", ["birthYear"] = 1980, ["sex"] = "Male" }, "fullName", "sex", "birthYear"),
        ["PUT /api/v1/clients/{clientId:guid}"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesA.ClientId}",
            () => new JsonObject { ["fullName"] = "Lê Văn Sửa", ["birthYear"] = 1980, ["sex"] = "Male", ["version"] = Guid.NewGuid().ToString() }, "fullName", "sex", "birthYear"),
        ["POST /api/v1/clients/{clientId:guid}/merge"] = w => new(TestWorld.AdminA, $"/api/v1/clients/{w.CasesA.ClientId}/merge",
            () => new JsonObject { ["duplicateId"] = Guid.NewGuid().ToString(), ["version"] = Guid.NewGuid().ToString() }, "", null, "duplicateId"),
        ["POST /api/v1/cases"] = w => new(TestWorld.WorkerAEmail, "/api/v1/cases",
            () => new JsonObject
            {
                ["clientId"] = w.CasesA.ClientId.ToString(), ["priority"] = "Normal", ["riskLevel"] = "Low", ["intakeSource"] = "Self",
                ["presentingProblem"] = "Khó khăn",
            }, "presentingProblem", "intakeSource", "clientId"),
        ["PUT /api/v1/cases/{caseId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/cases/{w.CasesA.CaseId}",
            () => new JsonObject
            {
                ["assignedWorkerId"] = w.WorkerA.ToString(), ["priority"] = "Normal", ["riskLevel"] = "Low", ["isSensitive"] = false,
                ["version"] = Guid.NewGuid().ToString(),
            }, "", "priority", "isSensitive"),
        ["POST /api/v1/cases/{caseId:guid}/transitions"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/transitions",
            () => new JsonObject { ["toStage"] = "Assessment", ["reason"] = "x", ["version"] = Guid.NewGuid().ToString() }, "reason", "toStage", "version"),
        ["POST /api/v1/cases/{caseId:guid}/assessments"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/assessments",
            () => new JsonObject { ["assessedOn"] = "2025-01-01", ["riskLevel"] = "Low", ["health"] = "ổn" }, "health", "riskLevel", "assessedOn"),
        ["PUT /api/v1/cases/{caseId:guid}/plan"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/plan",
            () => new JsonObject { ["goals"] = new JsonArray(new JsonObject { ["goal"] = "Về nhà" }), ["version"] = Guid.NewGuid().ToString() }, "", null, "goals"),
        ["POST /api/v1/cases/{caseId:guid}/approval-requests"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/approval-requests",
            () => new JsonObject { ["subject"] = "Closure", ["closingReason"] = "xong", ["version"] = Guid.NewGuid().ToString() }, "closingReason", "subject", "version"),
        ["POST /api/v1/cases/{caseId:guid}/approval-decisions"] = w => new(TestWorld.AdminA, $"/api/v1/cases/{w.CasesA.CaseId}/approval-decisions",
            () => new JsonObject { ["subject"] = "Plan", ["approve"] = false, ["comment"] = "sửa", ["version"] = Guid.NewGuid().ToString() }, "comment", "subject", "approve"),
        ["POST /api/v1/cases/{caseId:guid}/reopen"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/reopen",
            () => new JsonObject { ["reason"] = "x", ["version"] = Guid.NewGuid().ToString() }, "reason", null, "version"),
        ["POST /api/v1/cases/{caseId:guid}/services"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/services",
            () => new JsonObject { ["type"] = "Meals", ["deliveredOn"] = "2025-01-01", ["provider"] = "Bếp", ["quantity"] = 1, ["valueVnd"] = 30000 },
            "provider", "type", "valueVnd"),
        ["POST /api/v1/cases/{caseId:guid}/notes"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/notes",
            () => new JsonObject { ["text"] = "ghi chú" }, "text", null, "text"),
        ["POST /api/v1/cases/{caseId:guid}/tasks"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/tasks",
            () => new JsonObject { ["title"] = "Gọi điện", ["dueOn"] = "2030-01-01" }, "title", null, "dueOn"),
        ["POST /api/v1/cases/{caseId:guid}/tasks/{taskId:guid}/done"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/tasks/{w.CasesA.TaskId}/done",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/cases/{caseId:guid}/referrals"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/referrals",
            () => new JsonObject
            {
                ["target"] = "ExternalAgency", ["agencyKind"] = "Police", ["agencyName"] = "Công an phường", ["reason"] = "Bạo lực", ["sentOn"] = "2025-01-01",
                ["sharesPersonalData"] = false,
            }, "agencyName", "agencyKind", "sentOn"),
        ["POST /api/v1/cases/{caseId:guid}/referrals/{referralId:guid}/status"] = w => new(TestWorld.WorkerAEmail,
            $"/api/v1/cases/{w.CasesA.CaseId}/referrals/{w.CasesA.ReferralId}/status",
            () => new JsonObject { ["status"] = "Completed", ["outcome"] = "Đã ổn định", ["version"] = Guid.NewGuid().ToString() }, "outcome", "status", "version"),
        ["POST /api/v1/referrals/inbox/{referralId:guid}/answer"] = w => new(TestWorld.AdminB, $"/api/v1/referrals/inbox/{w.CasesA.ReferralId}/answer",
            () => new JsonObject { ["accept"] = false, ["declineReason"] = "Không phù hợp", ["version"] = Guid.NewGuid().ToString() }, "declineReason", null, "accept"),
        ["POST /api/v1/clients/{clientId:guid}/consents"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesA.ClientId}/consents",
            () => new JsonObject { ["purpose"] = "PersonalDataProcessing", ["givenBy"] = "Guardian", ["guardianName"] = "Bố", ["givenOn"] = "2025-01-01" },
            "guardianName", "purpose", "givenOn"),
        ["POST /api/v1/clients/{clientId:guid}/consents/{consentId:guid}/withdraw"] = w => new(TestWorld.WorkerAEmail,
            $"/api/v1/clients/{w.CasesA.ClientId}/consents/{w.CasesA.ConsentId}/withdraw",
            () => new JsonObject { ["withdrawnOn"] = "2025-06-01" }, "", null, "withdrawnOn"),
        ["POST /api/v1/counselling-sessions"] = w => new(TestWorld.WorkerAEmail, "/api/v1/counselling-sessions",
            () => new JsonObject
            {
                ["clientId"] = w.CasesA.ClientId.ToString(), ["withRelative"] = false, ["heldOn"] = "2025-01-01", ["durationMinutes"] = 30,
                ["topic"] = "Lo âu", ["distressBefore"] = 8, ["distressAfter"] = 4,
            }, "topic", null, "durationMinutes"),
        ["POST /api/v1/cases/alerts/{alertId:guid}/acknowledge"] = w => new(TestWorld.AdminA, $"/api/v1/cases/alerts/{w.CasesA.AlertId}/acknowledge",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/fundraising/campaigns"] = _ => new(TestWorld.AdminA, "/api/v1/fundraising/campaigns",
            () => new JsonObject { ["kind"] = "Campaign", ["title"] = "Trung thu", ["purpose"] = "Quà cho trẻ em", ["startDate"] = "2026-08-01", ["endDate"] = "2026-09-30" },
            "title", "kind", "targetAmount"),
        ["PUT /api/v1/fundraising/campaigns/{campaignId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.CampaignA}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["title"] = "Trung thu", ["purpose"] = "Quà", ["startDate"] = "2026-08-01", ["endDate"] = "2026-09-30" },
            "purpose", null, "startDate"),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/status"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.CampaignA}/status",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["status"] = "Closed" }, "", "status", "version"),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/publish"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.CampaignA}/publish",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/cash-receipts"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignA}/cash-receipts",
            () => new JsonObject { ["receivedOn"] = Today(-1), ["amount"] = 100000, ["method"] = "BankTransfer", ["reference"] = "FT123" },
            "reference", "method", "amount"),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/goods-receipts"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignA}/goods-receipts",
            () => new JsonObject { ["receivedOn"] = Today(-1), ["item"] = "Sữa", ["quantity"] = 10, ["unit"] = "hộp", ["estimatedValue"] = 500000 },
            "item", null, "quantity"),
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/distributions"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignA}/distributions",
            () => new JsonObject { ["distributedOn"] = Today(0), ["amount"] = 100000, ["recipientKind"] = "Client", ["recipientName"] = "Lê Văn Bình", ["recipientBirthYear"] = 1960 },
            "recipientName", "recipientKind", "amount"),
        ["POST /api/v1/fundraising/entries/{entryId:guid}/reversal"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/entries/{w.ReceiptA}/reversal",
            () => new JsonObject { ["reason"] = "nhầm" }, "reason", null, "reason"),
        ["POST /api/v1/fundraising/entries/{entryId:guid}/approval"] = w => new(TestWorld.AdminA, $"/api/v1/fundraising/entries/{w.ReceiptA}/approval",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/fundraising/entries/{entryId:guid}/acknowledgement"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/entries/{w.ReceiptA}/acknowledgement",
            () => new JsonObject { ["receivedBy"] = "Lê Văn Bình", ["receivedOn"] = Today(0) }, "receivedBy", null, "receivedOn"),
        ["POST /api/v1/fundraising/donors"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/fundraising/donors",
            () => new JsonObject { ["kind"] = "Organisation", ["name"] = "Công ty A", ["isAnonymousInPublic"] = false }, "name", "kind", "isAnonymousInPublic"),
        ["PUT /api/v1/fundraising/donors/{donorId:guid}"] = w => new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/donors/{w.DonorA}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["kind"] = "Organisation", ["name"] = "Công ty A" }, "address", "kind", "version"),
        ["PUT /api/v1/fundraising/settings"] = _ => new(TestWorld.AdminA, "/api/v1/fundraising/settings",
            () => new JsonObject { ["approvalThreshold"] = 5000000, ["yearlyTarget"] = 150000000 }, "", null, "yearlyTarget"),
        ["POST /api/v1/reception/points"] = _ => new(TestWorld.AdminA, "/api/v1/reception/points",
            () => new JsonObject { ["name"] = "Quầy hướng dẫn" }, "name", null, ""),
        ["POST /api/v1/reception/tallies"] = w => new(TestWorld.WorkerAEmail, "/api/v1/reception/tallies",
            () => new JsonObject
            {
                ["entries"] = new JsonArray(new JsonObject
                {
                    ["id"] = Guid.NewGuid().ToString(), ["pointId"] = w.ActivitiesA.Point.ToString(), ["kind"] = "Guidance", ["occurredAt"] = "2025-06-01T08:00:00+07:00",
                }),
            }, "entries", null, "entries"),
        ["POST /api/v1/departments"] = _ => new(TestWorld.AdminA, "/api/v1/departments",
            () => new JsonObject { ["name"] = "Khoa Nhi", ["kind"] = "Clinical" }, "name", "kind", "kind"),
        ["POST /api/v1/workforce/staff"] = w => new(TestWorld.AdminA, "/api/v1/workforce/staff",
            () => new JsonObject
            {
                ["fullName"] = "Lê Thị B", ["role"] = "SocialWorker", ["employmentType"] = "Contract", ["qualificationLevel"] = "Bachelor",
                ["qualificationMajor"] = "SocialWork", ["departmentId"] = w.ActivitiesA.Department.ToString(),
            }, "fullName", "role", "departmentId"),
        ["PUT /api/v1/workforce/staff/{staffMemberId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/workforce/staff/{w.ActivitiesA.Staff}",
            () => new JsonObject
            {
                ["version"] = Guid.NewGuid().ToString(), ["fullName"] = "Lê Thị B", ["role"] = "SocialWorker", ["employmentType"] = "Contract",
                ["qualificationLevel"] = "Bachelor", ["qualificationMajor"] = "SocialWork",
            }, "fullName", "qualificationMajor", "version"),
        ["POST /api/v1/workforce/staff/{staffMemberId:guid}/certificates"] = w => new(TestWorld.AdminA,
            $"/api/v1/workforce/staff/{w.ActivitiesA.Staff}/certificates",
            () => new JsonObject { ["number"] = "CC-BAD", ["issuer"] = "Sở Y tế", ["issuedOn"] = "2025-01-01" }, "number", null, "issuedOn"),
        ["POST /api/v1/workforce/collaborators"] = w => new(TestWorld.AdminA, "/api/v1/workforce/collaborators",
            () => new JsonObject { ["fullName"] = "Cộng tác viên", ["departmentId"] = w.ActivitiesA.Department.ToString() }, "fullName", null, "departmentId"),
        ["POST /api/v1/training/courses"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/training/courses",
            () => new JsonObject
            {
                ["title"] = "Kỹ năng giao tiếp", ["organiser"] = "Sở Y tế", ["type"] = "Workshop", ["startsOn"] = "2025-04-01", ["endsOn"] = "2025-04-01", ["hours"] = 8,
            }, "title", "type", "hours"),
        ["POST /api/v1/training/courses/{courseId:guid}/participants"] = w => new(TestWorld.WorkerAEmail,
            $"/api/v1/training/courses/{w.ActivitiesA.Course}/participants",
            () => new JsonObject { ["participants"] = new JsonArray(new JsonObject { ["kind"] = "MedicalStaff", ["headcount"] = 2 }) },
            "participants", null, "participants"),
        ["PUT /api/v1/training/settings"] = _ => new(TestWorld.AdminA, "/api/v1/training/settings",
            () => new JsonObject { ["yearlyHoursThreshold"] = 30 }, "yearlyHoursThreshold", null, "version"),
        ["POST /api/v1/communication/items"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/communication/items",
            () => new JsonObject { ["channel"] = "Loudspeaker", ["title"] = "Phát thanh", ["date"] = "2025-05-05", ["audienceReached"] = 300 },
            "title", "channel", "audienceReached"),
        ["POST /api/v1/charity/activities"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/charity/activities",
            () => new JsonObject
            {
                ["kind"] = "GiftsChildrensDay", ["title"] = "Quà 1/6", ["date"] = "2025-06-01", ["beneficiaryCount"] = 120, ["valueVnd"] = 24_000_000,
            }, "title", "kind", "valueVnd"),
        ["POST /api/v1/charity/schedules"] = _ => new(TestWorld.WorkerAEmail, "/api/v1/charity/schedules",
            () => new JsonObject { ["kind"] = "FreeMeals", ["title"] = "Cơm miễn phí", ["daysOfMonth"] = new JsonArray(1, 15), ["startsOn"] = "2025-01-01" },
            "title", "kind", "startsOn"),
        ["POST /api/v1/charity/schedules/{scheduleId:guid}/occurrences/{date}/confirm"] = w => new(TestWorld.WorkerAEmail,
            $"/api/v1/charity/schedules/{w.ActivitiesA.Schedule}/occurrences/2025-01-15/confirm",
            () => new JsonObject { ["held"] = true, ["beneficiaryCount"] = 80, ["valueVnd"] = 4_000_000, ["partner"] = "Nhà hảo tâm" },
            "partner", null, "beneficiaryCount"),
        ["POST /api/v1/provinces/{provinceId:guid}/targets"] = w => new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/targets",
            () => new JsonObject { ["year"] = 2042, ["indicatorCode"] = "MONEY_RAISED", ["facilityGroup"] = "Curative", ["value"] = 1_000_000 },
            "indicatorCode", "facilityGroup", "value"),
        ["PUT /api/v1/provinces/{provinceId:guid}/targets/{targetId:guid}"] = w => new(TestWorld.Officer1,
            $"/api/v1/provinces/{w.Province1}/targets/{w.TargetProvince1}",
            () => new JsonObject { ["value"] = 5, ["version"] = Guid.NewGuid().ToString() }, "", null, "value"),
        ["DELETE /api/v1/provinces/{provinceId:guid}/targets/{targetId:guid}"] = w => new(TestWorld.Officer1,
            $"/api/v1/provinces/{w.Province1}/targets/{w.TargetProvince1}?version={Guid.NewGuid()}", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/plans"] = _ => new(TestWorld.AdminA, "/api/v1/plans",
            () => new JsonObject { ["year"] = 2042, ["summary"] = "Kế hoạch", ["targets"] = new JsonArray(), ["activities"] = new JsonArray() },
            "summary", null, "year"),
        ["PUT /api/v1/plans/{planId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/plans/{w.PlanA}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["summary"] = "Kế hoạch", ["targets"] = new JsonArray(), ["activities"] = new JsonArray() },
            "summary", null, "version"),
        ["POST /api/v1/plans/{planId:guid}/submit"] = w => new(TestWorld.AdminA, $"/api/v1/plans/{w.PlanA}/submit",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString() }, "", null, "version"),
        ["POST /api/v1/provinces/{provinceId:guid}/plans/{planId:guid}/review"] = w => new(TestWorld.Officer1,
            $"/api/v1/provinces/{w.Province1}/plans/{w.PlanA}/review",
            () => new JsonObject { ["decision"] = "Return", ["comment"] = "Bổ sung", ["version"] = Guid.NewGuid().ToString() }, "comment", "decision", "version"),
        ["POST /api/v1/reports"] = _ => new(TestWorld.AdminA, "/api/v1/reports",
            () => new JsonObject { ["kind"] = "Year", ["year"] = 2024, ["number"] = 1 }, "", "kind", "year"),
        ["PUT /api/v1/reports/{reportId:guid}"] = w => new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportA.Report}",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["reportNumber"] = "12/BC-BV", ["results"] = "x" }, "reportNumber", null, "version"),
        ["POST /api/v1/reports/{reportId:guid}/regenerate"] = w => new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportA.Report}/regenerate",
            () => new JsonObject(), "", null, ""),
        ["POST /api/v1/reports/{reportId:guid}/submit"] = w => new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportA.Report}/submit",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["comment"] = "x" }, "comment", null, "version"),
        ["POST /api/v1/reports/{reportId:guid}/return"] = w => new(TestWorld.Officer1, $"/api/v1/reports/{w.ReportA.Report}/return",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["comment"] = "x" }, "comment", null, "version"),
        ["POST /api/v1/reports/{reportId:guid}/approve"] = w => new(TestWorld.Officer1, $"/api/v1/reports/{w.ReportA.Report}/approve",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["comment"] = "x" }, "comment", null, "version"),
        ["POST /api/v1/reports/{reportId:guid}/reopen"] = w => new(TestWorld.Officer1, $"/api/v1/reports/{w.ReportA.Report}/reopen",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["comment"] = "x" }, "comment", null, "version"),
        ["PUT /api/v1/provinces/{provinceId:guid}/report-deadlines"] = w => new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/report-deadlines",
            () => new JsonObject { ["kind"] = "Year", ["year"] = 2024, ["number"] = 1, ["dueOn"] = "2025-01-20" }, "", "kind", "dueOn"),
        ["POST /api/v1/supervision/visits"] = w => new(TestWorld.Officer1, "/api/v1/supervision/visits",
            () => new JsonObject
            {
                ["facilityId"] = w.HospitalA.ToString(), ["plannedOn"] = "2030-06-01", ["scope"] = "Kiểm tra",
                ["team"] = new JsonArray(new JsonObject { ["name"] = "Thanh tra" }),
            }, "scope", null, "facilityId"),
        ["PUT /api/v1/supervision/visits/{visitId:guid}"] = w => new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.SupervisionA.PlannedVisit}",
            () => new JsonObject
            {
                ["version"] = Guid.NewGuid().ToString(), ["plannedOn"] = "2030-06-01", ["scope"] = "Kiểm tra", ["findings"] = "Đạt",
                ["team"] = new JsonArray(new JsonObject { ["name"] = "Thanh tra" }),
            }, "findings", null, "version"),
        ["POST /api/v1/supervision/visits/{visitId:guid}/recommendations"] = w => new(TestWorld.Officer1,
            $"/api/v1/supervision/visits/{w.SupervisionA.PlannedVisit}/recommendations",
            () => new JsonObject { ["text"] = "Bố trí phòng", ["dueOn"] = "2031-01-01" }, "text", null, "dueOn"),
        ["POST /api/v1/supervision/visits/{visitId:guid}/close"] = w => new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.SupervisionA.PlannedVisit}/close",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString() }, "", null, "version"),
        ["DELETE /api/v1/supervision/recommendations/{recommendationId:guid}"] = w => new(TestWorld.Officer1,
            $"/api/v1/supervision/recommendations/{w.SupervisionA.Recommendation}", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/supervision/recommendations/{recommendationId:guid}/follow-ups"] = w => new(TestWorld.AdminA,
            $"/api/v1/supervision/recommendations/{w.SupervisionA.Recommendation}/follow-ups",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["status"] = "Done", ["note"] = "Đã làm", ["date"] = "2025-06-01" }, "note", "status", "date"),
        ["POST /api/v1/supervision/recommendations/{recommendationId:guid}/review"] = w => new(TestWorld.Officer1,
            $"/api/v1/supervision/recommendations/{w.SupervisionA.Recommendation}/review",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString(), ["outcome"] = "Reopened", ["comment"] = "Chưa đạt" }, "comment", "outcome", "version"),
        ["POST /api/v1/commendations/nominations"] = _ => new(TestWorld.AdminA, "/api/v1/commendations/nominations",
            () => new JsonObject
            {
                ["year"] = 2025, ["nomineeKind"] = "Unit", ["nomineeName"] = "Phòng CTXH", ["awardKind"] = "CertificateOfMerit", ["achievements"] = "Thành tích",
            }, "achievements", "awardKind", "year"),
        ["PUT /api/v1/commendations/nominations/{nominationId:guid}"] = w => new(TestWorld.AdminA,
            $"/api/v1/commendations/nominations/{w.SupervisionA.DraftNomination}",
            () => new JsonObject
            {
                ["version"] = Guid.NewGuid().ToString(), ["year"] = 2025, ["nomineeKind"] = "Unit", ["nomineeName"] = "Phòng CTXH", ["awardKind"] = "CertificateOfMerit",
                ["achievements"] = "Thành tích",
            }, "nomineeName", "nomineeKind", "version"),
        ["DELETE /api/v1/commendations/nominations/{nominationId:guid}"] = w => new(TestWorld.AdminA,
            $"/api/v1/commendations/nominations/{w.SupervisionA.DraftNomination}", () => new JsonObject(), "", null, ""),
        ["POST /api/v1/commendations/nominations/{nominationId:guid}/submit"] = w => new(TestWorld.AdminA,
            $"/api/v1/commendations/nominations/{w.SupervisionA.DraftNomination}/submit",
            () => new JsonObject { ["version"] = Guid.NewGuid().ToString() }, "", null, "version"),
        ["POST /api/v1/commendations/nominations/{nominationId:guid}/decision"] = w => new(TestWorld.Officer1,
            $"/api/v1/commendations/nominations/{w.SupervisionA.SubmittedNomination}/decision",
            () => new JsonObject { ["awarded"] = true, ["decisionNumber"] = "1/QĐ-SYT", ["decisionDate"] = "2025-12-01" }, "decisionNumber", null, "awarded"),
    };

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    /// <summary>Form-encoded, covered by the identity tests (RFC 6749 error responses).</summary>
    private static readonly string[] NotJson = ["POST /api/v1/auth/token", "POST /api/v1/workforce/certificates/{certificateId:guid}/scan"];

    [Fact]
    public void Every_write_endpoint_has_a_bad_input_case()
    {
        var writes = WriteRoutes();
        writes.Count.ShouldBeGreaterThan(10);
        var missing = writes.Where(r => !Cases.ContainsKey(r) && !NotJson.Contains(r)).ToList();
        missing.ShouldBeEmpty("Add bad-input cases for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Bad_input_gets_400_problem_details_and_writes_nothing()
    {
        var before = await ApiSurface.FingerprintAsync(factory);
        var failures = new List<string>();
        foreach (var (route, make) in Cases)
        {
            var c = make(factory.World);
            var method = new HttpMethod(route.Split(' ')[0]);
            var bodies = new List<(string What, string Body)> { ("malformed JSON", "{ \"name\": \"unterminated") };
            if (c.TextField.Length > 0)
            {
                var oversize = c.ValidBody();
                oversize[c.TextField] = new string('x', 10_000);
                bodies.Add(("oversize " + c.TextField, oversize.ToJsonString()));
            }
            if (c.EnumField is not null)
            {
                var unknownEnum = c.ValidBody();
                unknownEnum[c.EnumField] = "NotAValue";
                bodies.Add(("unknown enum " + c.EnumField, unknownEnum.ToJsonString()));
            }
            if (c.TypedField.Length > 0)
            {
                var wrongType = c.ValidBody();
                wrongType[c.TypedField] = c.TypedField is "email" or "password" or "refreshToken" or "code" or "asOf" or "reason" or "text" ? new JsonArray(1, 2) : "not-a-number-or-guid";
                bodies.Add(("wrong type " + c.TypedField, wrongType.ToJsonString()));
            }
            if (c.TextField.Length == 0 && c.TypedField.Length == 0) bodies.Clear(); // id-only commands: the body is ignored; the route guard covers them.

            using var client = await factory.World.ClientForAsync(c.Actor);
            foreach (var (what, body) in bodies)
            {
                using var request = new HttpRequestMessage(method, c.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route} with {what}: {(int)response.StatusCode} {text}");
                }
            }
        }
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "bad input wrote something");
    }

    [Fact]
    public async Task Validation_errors_name_the_json_fields()
    {
        using var client = await factory.World.ClientForAsync(TestWorld.AdminA);
        var response = await client.PostJsonAsync($"/api/v1/facilities/{factory.World.HospitalA}/unit-history",
            new { status = "Department", effectiveDate = "1990-01-01", headcount = -3 });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("decisionNumber", out _).ShouldBeTrue(problem.ToString());
        errors.TryGetProperty("effectiveDate", out _).ShouldBeTrue();
        errors.TryGetProperty("headcount", out _).ShouldBeTrue();
    }

    private List<string> WriteRoutes() =>
        ApiSurface.Routes(factory).Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE").Select(r => r.ToString()).ToList();
}

[Collection(PostgresCollection.Name)]
public sealed class WriteEndpointBadInputOnPostgres(PostgresApiFactory factory) : WriteEndpointBadInputTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class WriteEndpointBadInputOnSqlite(SqliteApiFactory factory) : WriteEndpointBadInputTests(factory);
