using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Architecture;

/// <summary>
/// Enumerates every endpoint from the endpoint data source and, for each route that takes an id,
/// proves that callers of facility A (and province 1) get 404 for facility B's (province 2's)
/// records, and that nothing is written. A new route with an id fails until it has probes here.
/// </summary>
public abstract class EndpointTenantIsolationTests(ApiFactory factory)
{
    /// <param name="Actor">Who calls: a user email, or "client:" + an API client id.</param>
    /// <param name="Expected">404 by default; 403 only where the actor lacks the permission for any record.</param>
    private sealed record Probe(string Actor, string Url, object? Body = null, HttpStatusCode Expected = HttpStatusCode.NotFound);

    private static readonly Dictionary<string, Func<TestWorld, Probe[]>> Probes = new()
    {
        ["GET /api/v1/provinces/{provinceId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province2}"),
            new("client:" + w.ClientIdA, $"/api/v1/provinces/{w.Province2}"),
        ],
        ["GET /api/v1/facilities/{facilityId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/facilities/{w.CdcA}"),
            new(TestWorld.CollaboratorA, $"/api/v1/facilities/{w.HospitalB}"),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}"),
            new("client:" + w.ClientIdA, $"/api/v1/facilities/{w.HospitalB}"),
        ],
        ["PUT /api/v1/facilities/{facilityId:guid}"] = w =>
        [
            // Only platform admins edit the registry; everybody else is refused for every facility alike.
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}", FacilityEdit(), HttpStatusCode.Forbidden),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}", FacilityEdit(), HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/unit-history", UnitChange()),
            new(TestWorld.AdminB, $"/api/v1/facilities/{w.HospitalA}/unit-history", UnitChange()),
            new("client:" + w.ClientIdA, $"/api/v1/facilities/{w.HospitalB}/unit-history", UnitChange()),
        ],
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history/{changeId:guid}/corrections"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/unit-history/{w.ChangeB}/corrections", Correction()),
            // Own facility in the route, another tenant's entry id: still not found.
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalA}/unit-history/{w.ChangeB}/corrections", Correction()),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/kpis"),
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
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/runs/{w.RunProvince2}"),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/kpis/runs/{w.RunProvince2}"),
        ],
        ["GET /api/v1/facilities/{facilityId:guid}/kpis"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/kpis"),
            new(TestWorld.WorkerAEmail, $"/api/v1/facilities/{w.CdcA}/kpis"),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}/kpis"),
        ],
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
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/targets/{w.TargetProvince2}", new { value = 5, version = Guid.NewGuid() }),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/targets/{w.TargetProvince2}", new { value = 5, version = Guid.NewGuid() }),
        ],
        ["DELETE /api/v1/provinces/{provinceId:guid}/targets/{targetId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/targets/{w.TargetProvince2}?version={Guid.NewGuid()}"),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/targets/{w.TargetProvince2}?version={Guid.NewGuid()}"),
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
            new(TestWorld.AdminA, $"/api/v1/plans/{w.PlanB}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/plans/{w.PlanB}"),
        ],
        ["PUT /api/v1/plans/{planId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/plans/{w.PlanB}", new { version = Guid.NewGuid(), summary = "Đổi", targets = Array.Empty<object>(), activities = Array.Empty<object>() }),
        ],
        ["POST /api/v1/plans/{planId:guid}/submit"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/plans/{w.PlanB}/submit", new { version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/plans"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/plans?year=2040"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/plans/{planId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/plans/{w.PlanB}"),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/plans/{w.PlanB}"),
        ],
        ["POST /api/v1/provinces/{provinceId:guid}/plans/{planId:guid}/review"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/plans/{w.PlanB}/review", new { decision = "Acknowledge", version = Guid.NewGuid() }),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/plans/{w.PlanB}/review", new { decision = "Acknowledge", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/users/{userId:guid}/deactivate"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerB}/deactivate"),
        ],
        ["POST /api/v1/api-clients/{apiClientId:guid}/revoke"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/api-clients/{w.ClientB}/revoke"),
            new(TestWorld.AdminB, $"/api/v1/api-clients/{w.ClientA}/revoke"),
        ],
        ["GET /api/v1/fundraising/campaigns/{campaignId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.CampaignB}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignB}"),
            new("client:" + w.ClientIdA, $"/api/v1/fundraising/campaigns/{w.CampaignB}"),
        ],
        ["PUT /api/v1/fundraising/campaigns/{campaignId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.CampaignB}", CampaignEdit()),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/status"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.CampaignB}/status", new { version = Guid.NewGuid(), status = "Closed" }),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/publish"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/campaigns/{w.CampaignB}/publish"),
        ],
        ["GET /api/v1/fundraising/campaigns/{campaignId:guid}/statement"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignB}/statement"),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/cash-receipts"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignB}/cash-receipts", CashReceipt()),
            // Own campaign, another facility's donor: not found either.
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignA}/cash-receipts", CashReceipt(w.DonorB)),
            new("client:" + w.ClientIdA, $"/api/v1/fundraising/campaigns/{w.CampaignB}/cash-receipts", CashReceipt()),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/goods-receipts"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignB}/goods-receipts",
                new { receivedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), item = "Xe lăn", quantity = 1, unit = "chiếc", estimatedValue = 2_000_000 }),
        ],
        ["POST /api/v1/fundraising/campaigns/{campaignId:guid}/distributions"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignB}/distributions", CashDistribution()),
            // Own campaign, another facility's stock lot (its receipt id): not found.
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/campaigns/{w.CampaignA}/distributions",
                new { distributedOn = DateOnly.FromDateTime(DateTime.UtcNow), stockLotId = w.ReceiptB, quantity = 1, recipientKind = "Department", departmentName = "HSCC" }),
        ],
        ["POST /api/v1/fundraising/entries/{entryId:guid}/reversal"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/entries/{w.ReceiptB}/reversal", new { reason = "nhầm" }),
        ],
        ["POST /api/v1/fundraising/entries/{entryId:guid}/approval"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/entries/{w.ReceiptB}/approval"),
        ],
        ["POST /api/v1/fundraising/entries/{entryId:guid}/acknowledgement"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/entries/{w.ReceiptB}/acknowledgement",
                new { receivedBy = "Người nhận", receivedOn = DateOnly.FromDateTime(DateTime.UtcNow) }),
        ],
        ["GET /api/v1/fundraising/entries/{entryId:guid}/acknowledgement/scan"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/entries/{w.ReceiptB}/acknowledgement/scan"),
        ],
        ["GET /api/v1/fundraising/entries/{entryId:guid}/receipt"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/entries/{w.ReceiptB}/receipt"),
            new("client:" + w.ClientIdA, $"/api/v1/fundraising/entries/{w.ReceiptB}/receipt"),
        ],
        ["GET /api/v1/fundraising/donors/{donorId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/fundraising/donors/{w.DonorB}"),
        ],
        ["PUT /api/v1/fundraising/donors/{donorId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/fundraising/donors/{w.DonorB}", new { version = Guid.NewGuid(), kind = "Individual", name = "Đổi tên" }),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/fundraising"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/fundraising"),
            // Facility users read their own figures, not a province's.
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/fundraising", Expected: HttpStatusCode.Forbidden),
        ],
        // The public sees published campaigns only: B's is not published, so it does not exist, for anyone.
        ["GET /api/v1/public/campaigns/{campaignId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/public/campaigns/{w.CampaignB}"),
            new(TestWorld.AdminB, $"/api/v1/public/campaigns/{w.CampaignB}"),
        ],
        ["GET /api/v1/public/campaigns/{campaignId:guid}/export"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/public/campaigns/{w.CampaignB}/export?format=Pdf"),
        ],
        ["PUT /api/v1/workforce/staff/{staffMemberId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/workforce/staff/{w.ActivitiesB.Staff}", StaffEdit()),
        ],
        ["POST /api/v1/workforce/staff/{staffMemberId:guid}/certificates"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/workforce/staff/{w.ActivitiesB.Staff}/certificates",
                new { number = "CC-PROBE", issuer = "Sở Y tế", issuedOn = "2025-01-01" }),
        ],
        ["POST /api/v1/workforce/certificates/{certificateId:guid}/scan"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/workforce/certificates/{w.ActivitiesB.Certificate}/scan", ScanUpload()),
        ],
        ["GET /api/v1/workforce/certificates/{certificateId:guid}/scan"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/workforce/certificates/{w.ActivitiesB.Certificate}/scan"),
        ],
        ["GET /api/v1/training/courses/{courseId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/training/courses/{w.ActivitiesB.Course}"),
            new("client:" + w.ClientIdA, $"/api/v1/training/courses/{w.ActivitiesB.Course}"),
        ],
        ["POST /api/v1/training/courses/{courseId:guid}/participants"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/training/courses/{w.ActivitiesB.Course}/participants",
                new { participants = new[] { new { kind = "MedicalStaff", headcount = 3 } } }),
            // Own course, another tenant's staff member and collaborator: still not found.
            new(TestWorld.WorkerAEmail, $"/api/v1/training/courses/{w.ActivitiesA.Course}/participants",
                new { participants = new[] { new { kind = "Staff", staffMemberId = w.ActivitiesB.Staff } } }),
            new(TestWorld.WorkerAEmail, $"/api/v1/training/courses/{w.ActivitiesA.Course}/participants",
                new { participants = new[] { new { kind = "Collaborator", collaboratorId = w.ActivitiesB.Collaborator } } }),
        ],
        ["GET /api/v1/charity/schedules/{scheduleId:guid}/occurrences"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/charity/schedules/{w.ActivitiesB.Schedule}/occurrences"),
        ],
        ["POST /api/v1/charity/schedules/{scheduleId:guid}/occurrences/{date}/confirm"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/charity/schedules/{w.ActivitiesB.Schedule}/occurrences/2025-01-15/confirm",
                new { held = true, beneficiaryCount = 10, valueVnd = 1000000 }),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/activities"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/activities"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/activities"),
            // Facility users read their own facility's figures, never a province's.
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/activities", Expected: HttpStatusCode.Forbidden),
        ],
        ["GET /api/v1/clients/{clientId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesB.ClientId}"),
            new(TestWorld.AdminA, $"/api/v1/clients/{w.CasesB.ClientId}"),
            new(TestWorld.Officer1, $"/api/v1/clients/{w.CasesA.ClientId}", Expected: HttpStatusCode.Forbidden),
        ],
        ["PUT /api/v1/clients/{clientId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesB.ClientId}", new { fullName = "Tên mới", sex = "Female", version = Guid.NewGuid() }),
            new(TestWorld.AdminA, $"/api/v1/clients/{w.CasesB.ClientId}", new { fullName = "Tên mới", sex = "Female", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/clients/{clientId:guid}/merge"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/clients/{w.CasesB.ClientId}/merge", new { duplicateId = w.CasesA.ClientId, version = Guid.NewGuid() }),
            // Own client kept, another tenant's client as the duplicate: still not found.
            new(TestWorld.AdminA, $"/api/v1/clients/{w.CasesA.ClientId}/merge", new { duplicateId = w.CasesB.ClientId, version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/cases/{caseId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}"),
            new(TestWorld.AdminA, $"/api/v1/cases/{w.CasesB.CaseId}"),
            // A collaborator of the same facility sees only cases assigned to them.
            new(TestWorld.CollaboratorA, $"/api/v1/cases/{w.CasesA.CaseId}"),
        ],
        ["PUT /api/v1/cases/{caseId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/{w.CasesB.CaseId}", new { assignedWorkerId = w.WorkerA, priority = "Low", riskLevel = "Low", isSensitive = false, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/transitions"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/transitions", new { toStage = "Assessment", version = Guid.NewGuid() }),
            new(TestWorld.CollaboratorA, $"/api/v1/cases/{w.CasesA.CaseId}/transitions", new { toStage = "Assessment", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/assessments"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/assessments", new { assessedOn = "2025-01-01", riskLevel = "Low" }),
        ],
        ["PUT /api/v1/cases/{caseId:guid}/plan"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/plan", new { goals = new[] { new { goal = "x" } }, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/approval-requests"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/approval-requests", new { subject = "Closure", closingReason = "x", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/approval-decisions"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/{w.CasesB.CaseId}/approval-decisions", new { subject = "Plan", approve = true, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/reopen"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/reopen", new { reason = "x", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/services"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/services", new { type = "Meals", deliveredOn = "2025-01-01", provider = "x", quantity = 1, valueVnd = 1000 }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/notes"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/notes", new { text = "x" }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/tasks"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/tasks", new { title = "x", dueOn = "2030-01-01" }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/tasks/{taskId:guid}/done"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/tasks/{w.CasesB.TaskId}/done"),
            // Own case, another tenant's task.
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/tasks/{w.CasesB.TaskId}/done"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/case-figures"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/case-figures"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/case-figures", Expected: HttpStatusCode.Forbidden),
        ],
        ["GET /api/v1/cases/{caseId:guid}/referrals"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/referrals"),
        ],
        ["POST /api/v1/cases/{caseId:guid}/referrals"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/referrals", new { target = "ExternalAgency", agencyKind = "Police", agencyName = "Công an", reason = "x", sentOn = "2025-01-01", sharesPersonalData = false }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/referrals/{referralId:guid}/status"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/referrals/{w.CasesB.ReferralId}/status", new { status = "Completed", outcome = "x", version = Guid.NewGuid() }),
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/referrals/{w.CasesB.ReferralId}/status", new { status = "Completed", outcome = "x", version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/referrals/inbox/{referralId:guid}"] = w =>
        [
            // Neither a third facility nor the sender reads a package through the receiver's inbox.
            new(TestWorld.WorkerAEmail, $"/api/v1/referrals/inbox/{w.CasesB.ReferralId}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/referrals/inbox/{w.CasesA.ReferralId}"),
        ],
        ["POST /api/v1/referrals/inbox/{referralId:guid}/answer"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/referrals/inbox/{w.CasesB.ReferralId}/answer", new { accept = false, declineReason = "x", version = Guid.NewGuid() }),
            new(TestWorld.AdminA, $"/api/v1/referrals/inbox/{w.CasesA.ReferralId}/answer", new { accept = false, declineReason = "x", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/clients/{clientId:guid}/consents"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesB.ClientId}/consents", new { purpose = "PersonalDataProcessing", givenBy = "Client", givenOn = "2025-01-01" }),
        ],
        ["POST /api/v1/clients/{clientId:guid}/consents/{consentId:guid}/withdraw"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesB.ClientId}/consents/{w.CasesB.ConsentId}/withdraw", new { withdrawnOn = "2025-06-01" }),
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesA.ClientId}/consents/{w.CasesB.ConsentId}/withdraw", new { withdrawnOn = "2025-06-01" }),
        ],
        ["POST /api/v1/cases/alerts/{alertId:guid}/acknowledge"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/alerts/{w.CasesB.AlertId}/acknowledge"),
        ],
        ["GET /api/v1/reports/runs/{runId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/runs/{w.ReportB.Run}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/reports/runs/{w.ReportB.Run}"),
        ],
        ["GET /api/v1/reports/{reportId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportB.Report}"),
            new(TestWorld.Officer1, $"/api/v1/reports/{w.ReportB.Report}"),
            new(TestWorld.Officer2, $"/api/v1/reports/{w.ReportA.Report}"),
        ],
        ["PUT /api/v1/reports/{reportId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportB.Report}", new { version = Guid.NewGuid(), results = "x" }),
        ],
        ["POST /api/v1/reports/{reportId:guid}/regenerate"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportB.Report}/regenerate"),
        ],
        ["POST /api/v1/reports/{reportId:guid}/submit"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportB.Report}/submit", new { version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/reports/{reportId:guid}/return"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/reports/{w.ReportB.Report}/return", new { version = Guid.NewGuid(), comment = "x" }),
            new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportA.Report}/return", new { version = Guid.NewGuid(), comment = "x" }, HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/reports/{reportId:guid}/approve"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/reports/{w.ReportB.Report}/approve", new { version = Guid.NewGuid() }),
            new(TestWorld.Officer2, $"/api/v1/reports/{w.ReportA.Report}/approve", new { version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/reports/{reportId:guid}/reopen"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/reports/{w.ReportB.Report}/reopen", new { version = Guid.NewGuid(), comment = "x" }),
        ],
        ["GET /api/v1/reports/{reportId:guid}/export"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/reports/{w.ReportB.Report}/export?format=Pdf"),
            new(TestWorld.Officer1, $"/api/v1/reports/{w.ReportB.Report}/export?format=Xlsx"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/report-timeliness"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/report-timeliness?kind=Year&year=2024"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/report-timeliness?kind=Year&year=2024", Expected: HttpStatusCode.Forbidden),
        ],
        ["PUT /api/v1/provinces/{provinceId:guid}/report-deadlines"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/report-deadlines", new { kind = "Year", year = 2024, number = 1, dueOn = "2025-02-01" }),
        ],
        ["GET /api/v1/supervision/visits/{visitId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/supervision/visits/{w.SupervisionB.ClosedVisit}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/supervision/visits/{w.SupervisionB.PlannedVisit}"),
            new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.SupervisionB.ClosedVisit}"),
            new(TestWorld.Officer2, $"/api/v1/supervision/visits/{w.SupervisionA.ClosedVisit}"),
            new("client:" + w.ClientIdA, $"/api/v1/supervision/visits/{w.SupervisionB.ClosedVisit}"),
            new(TestWorld.CollaboratorA, $"/api/v1/supervision/visits/{w.SupervisionA.ClosedVisit}", Expected: HttpStatusCode.Forbidden),
        ],
        ["PUT /api/v1/supervision/visits/{visitId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.SupervisionB.PlannedVisit}", VisitEdit()),
            new(TestWorld.Officer2, $"/api/v1/supervision/visits/{w.SupervisionA.PlannedVisit}", VisitEdit()),
            // A facility never records the province's visit, not even its own.
            new(TestWorld.AdminA, $"/api/v1/supervision/visits/{w.SupervisionA.PlannedVisit}", VisitEdit(), HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/supervision/visits/{visitId:guid}/recommendations"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.SupervisionB.PlannedVisit}/recommendations", new { text = "x", dueOn = "2031-01-01" }),
            new(TestWorld.AdminA, $"/api/v1/supervision/visits/{w.SupervisionA.PlannedVisit}/recommendations", new { text = "x", dueOn = "2031-01-01" },
                HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/supervision/visits/{visitId:guid}/close"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/visits/{w.SupervisionB.PlannedVisit}/close", new { version = Guid.NewGuid() }),
            new(TestWorld.Officer2, $"/api/v1/supervision/visits/{w.SupervisionA.PlannedVisit}/close", new { version = Guid.NewGuid() }),
        ],
        ["DELETE /api/v1/supervision/recommendations/{recommendationId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/recommendations/{w.SupervisionB.Recommendation}"),
        ],
        ["POST /api/v1/supervision/recommendations/{recommendationId:guid}/follow-ups"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/supervision/recommendations/{w.SupervisionB.Recommendation}/follow-ups", FollowUp()),
            new(TestWorld.AdminB, $"/api/v1/supervision/recommendations/{w.SupervisionA.Recommendation}/follow-ups", FollowUp()),
            // The province reviews; it never follows up on the facility's behalf.
            new(TestWorld.Officer1, $"/api/v1/supervision/recommendations/{w.SupervisionA.Recommendation}/follow-ups", FollowUp(), HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/supervision/recommendations/{recommendationId:guid}/review"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/supervision/recommendations/{w.SupervisionB.Recommendation}/review", new { version = Guid.NewGuid(), outcome = "Accepted" }),
            new(TestWorld.AdminA, $"/api/v1/supervision/recommendations/{w.SupervisionA.Recommendation}/review", new { version = Guid.NewGuid(), outcome = "Accepted" },
                HttpStatusCode.Forbidden),
        ],
        ["GET /api/v1/commendations/nominations/{nominationId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.SupervisionB.SubmittedNomination}"),
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.SupervisionB.SubmittedNomination}"),
            new(TestWorld.Officer2, $"/api/v1/commendations/nominations/{w.SupervisionA.SubmittedNomination}"),
            // A draft is the facility's own business, even for its province.
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.SupervisionA.DraftNomination}"),
            new("client:" + w.ClientIdA, $"/api/v1/commendations/nominations/{w.SupervisionB.SubmittedNomination}"),
        ],
        ["PUT /api/v1/commendations/nominations/{nominationId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.SupervisionB.DraftNomination}", NominationEdit()),
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.SupervisionA.DraftNomination}", NominationEdit(), HttpStatusCode.Forbidden),
        ],
        ["DELETE /api/v1/commendations/nominations/{nominationId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.SupervisionB.DraftNomination}"),
        ],
        ["POST /api/v1/commendations/nominations/{nominationId:guid}/submit"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.SupervisionB.DraftNomination}/submit", new { version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/commendations/nominations/{nominationId:guid}/decision"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.SupervisionB.SubmittedNomination}/decision", Award()),
            new(TestWorld.Officer2, $"/api/v1/commendations/nominations/{w.SupervisionA.SubmittedNomination}/decision", Award()),
            new(TestWorld.Officer1, $"/api/v1/commendations/nominations/{w.SupervisionA.DraftNomination}/decision", Award()),
            // A facility never decides its own commendation.
            new(TestWorld.AdminA, $"/api/v1/commendations/nominations/{w.SupervisionA.SubmittedNomination}/decision", Award(), HttpStatusCode.Forbidden),
        ],
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

    /// <summary>Ids hidden in bodies (not routes) of another tenant are not found either, and nothing is counted.</summary>
    [Fact]
    public async Task Ids_of_another_tenant_in_a_body_are_not_found()
    {
        var w = factory.World;
        var before = await ApiSurface.FingerprintAsync(factory);
        using var admin = await w.ClientForAsync(TestWorld.AdminA);
        var tally = new { entries = new[] { new { id = Guid.NewGuid(), pointId = w.ActivitiesB.Point, kind = "Guidance", occurredAt = DateTimeOffset.UtcNow } } };
        (await admin.PostAsync("/api/v1/reception/tallies", JsonContent(tally))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync("/api/v1/workforce/collaborators", JsonContent(new { fullName = "X", departmentId = w.ActivitiesB.Department })))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var staff = new { fullName = "X", role = "SocialWorker", departmentId = w.ActivitiesB.Department, employmentType = "Permanent",
            qualificationLevel = "Bachelor", qualificationMajor = "SocialWork" };
        (await admin.PostAsync("/api/v1/workforce/staff", JsonContent(staff))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var nomination = new { year = 2025, nomineeKind = "Person", staffMemberId = w.ActivitiesB.Staff, awardKind = "CertificateOfMerit", achievements = "x" };
        (await admin.PostAsync("/api/v1/commendations/nominations", JsonContent(nomination))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var officer = await w.ClientForAsync(TestWorld.Officer1);
        var visit = new { facilityId = w.HospitalB, plannedOn = "2030-01-01", scope = "x", team = new[] { new { name = "x" } } };
        (await officer.PostAsync("/api/v1/supervision/visits", JsonContent(visit))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused request wrote something");
    }

    private static object GroupTarget() => new { year = 2041, indicatorCode = "MONEY_RAISED", facilityGroup = "Curative", value = 1_000_000 };

    private static object StaffEdit() => new
    {
        version = Guid.NewGuid(), fullName = "Đổi tên", role = "Head", employmentType = "Permanent", qualificationLevel = "Master",
        qualificationMajor = "Psychology",
    };

    /// <summary>A multipart body: the probe sends it as is.</summary>
    private static MultipartFormDataContent ScanUpload()
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent([9, 9, 9, 9]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "scan.pdf");
        return content;
    }

    private static object CampaignEdit() => new
    {
        version = Guid.NewGuid(), title = "Đổi", purpose = "Đổi", startDate = "2026-01-01", endDate = "2026-12-31",
    };

    private static object CashReceipt(Guid? donorId = null) =>
        new { receivedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), amount = 100_000, method = "Cash", donorId };

    private static object CashDistribution() => new
    {
        distributedOn = DateOnly.FromDateTime(DateTime.UtcNow), amount = 100_000, recipientKind = "Client", recipientName = "Lê Văn Bình", recipientBirthYear = 1960,
    };

    private static object FacilityEdit() => new
    {
        version = Guid.NewGuid(), name = "Đổi tên", type = "PublicHospital", ownership = "Public", medicalStaffCount = 10,
    };

    private static object UnitChange() => new { status = "Department", effectiveDate = "2024-01-15", decisionNumber = "QĐ 9/QĐ-X", headcount = 5 };

    private static object Correction() => new { reason = "sai ngày", retract = true, status = "Team", effectiveDate = "2019-01-01", headcount = 1 };

    [Fact]
    public void Every_route_with_an_id_has_probes()
    {
        var routes = RoutesWithIds();
        routes.Count.ShouldBeGreaterThanOrEqualTo(12, "the endpoint data source should list the API's routes");
        var missing = routes.Where(r => !Probes.ContainsKey(r)).ToList();
        missing.ShouldBeEmpty("Add tenant-isolation probes for these routes: " + string.Join(", ", missing));
        var stale = Probes.Keys.Where(k => !routes.Contains(k)).ToList();
        stale.ShouldBeEmpty("Probes for routes that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Every_route_with_an_id_answers_404_for_another_tenants_record_and_writes_nothing()
    {
        var world = factory.World;
        var before = await ApiSurface.FingerprintAsync(factory);
        var failures = new List<string>();

        foreach (var route in RoutesWithIds())
        {
            if (!Probes.TryGetValue(route, out var probes)) continue;
            var method = new HttpMethod(route.Split(' ')[0]);
            foreach (var probe in probes(world))
            {
                using var client = await ClientForAsync(world, probe.Actor);
                using var request = new HttpRequestMessage(method, probe.Url);
                if (probe.Body is HttpContent raw) request.Content = raw;
                else if (probe.Body is not null || method != HttpMethod.Get) request.Content = JsonContent(probe.Body ?? new { });
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != probe.Expected)
                {
                    failures.Add($"{route} as {probe.Actor}: expected {(int)probe.Expected}, got {(int)response.StatusCode} {body}");
                }
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route} as {probe.Actor}: not a ProblemDetails ({response.Content.Headers.ContentType})");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused request wrote something");
    }

    private List<string> RoutesWithIds() =>
        ApiSurface.Routes(factory).Where(r => r.ParameterCount > 0).Select(r => r.ToString()).ToList();

    private async Task<HttpClient> ClientForAsync(TestWorld world, string actor)
    {
        if (!actor.StartsWith("client:", StringComparison.Ordinal)) return await world.ClientForAsync(actor);
        var client = world.Anonymous();
        var token = await ApiClientTokens.RequestAsync(client, actor["client:".Length..], TestWorld.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, TestWorld.Json), System.Text.Encoding.UTF8, "application/json");
}

[Collection(PostgresCollection.Name)]
public sealed class EndpointTenantIsolationOnPostgres(PostgresApiFactory factory) : EndpointTenantIsolationTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class EndpointTenantIsolationOnSqlite(SqliteApiFactory factory) : EndpointTenantIsolationTests(factory);
