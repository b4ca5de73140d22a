using System.Globalization;
using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>
/// The answers that travel between people: a periodic report between a facility and its province, a case's closure
/// between a worker and the unit heads, a referral's acceptance and completion between two facilities. Each event reaches
/// exactly its recipients (one item, linking to the record) and nobody else: not a colleague, another facility of the
/// province, another province, nor a worker who may no longer see a sensitive case. Each test in a tenant of its own.
/// </summary>
public abstract class ApprovalNotificationTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task A_periodic_report_reaches_the_province_officers_and_their_answers_the_unit_heads()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Báo cáo");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var secondHead = $"head2-{tag}@test.vn";
        var secondOfficer = $"officer2-{tag}@test.vn";
        var neighbourHead = $"neighbour-{tag}@test.vn";
        await World.NewUserAsync(secondHead, UserRole.FacilityAdmin, tenant.HospitalId, null);
        await World.NewUserAsync(secondOfficer, UserRole.ProvinceOfficer, null, tenant.ProvinceId);
        var neighbour = await World.NewFacilityAsync(tenant.ProvinceId, FacilityType.PublicHospital, "BV Láng giềng " + tag);
        await World.NewUserAsync(neighbourHead, UserRole.FacilityAdmin, neighbour, null);
        using var head = await tenant.AdminAsync();
        using var head2 = await World.ClientForAsync(secondHead);
        using var officer = await tenant.OfficerAsync();
        using var officer2 = await World.ClientForAsync(secondOfficer);

        var run = await (await head.PostJsonAsync("/api/v1/reports", new { kind = "HalfYear", year = 2026, number = 1 })).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var report = await WaitForReportAsync(head, run);
        var id = report.GetProperty("id").GetGuid();

        // Submitted: both officers of the province, nobody in the facility, not the neighbour, not another province.
        report = await (await DecideAsync(head, report, "submit")).ReadAsync<JsonElement>();
        var submitted = await Inboxes.WaitForAsync(officer, "ReportSubmitted", id);
        submitted.Text.ShouldContain("Bệnh viện Báo cáo");
        await Inboxes.WaitForAsync(officer2, "ReportSubmitted", id);
        (await Inboxes.SettleAsync(factory, NotificationKind.ReportSubmitted, id)).ShouldBe(1);
        await Inboxes.ShouldHaveNothingAboutAsync(World, id, tenant.WorkerEmail, tenant.CollaboratorEmail, neighbourHead, TestWorld.Officer1, TestWorld.Officer2, TestWorld.AdminA);
        foreach (var unit in new[] { head, head2 })
            (await Inboxes.ReadAsync(unit, "ReportSubmitted")).ShouldNotContain(i => i.RecordId == id);

        // Returned, approved, reopened: each reaches the facility's unit heads (one item each), never the officers, a worker or the neighbour.
        report = await (await DecideAsync(officer, report, "return", "Bổ sung số liệu.")).ReadAsync<JsonElement>();
        await AnsweredAsync("ReportReturned", NotificationKind.ReportReturned);
        report = await (await DecideAsync(head, report, "submit", "Đã bổ sung.")).ReadAsync<JsonElement>();
        report = await (await DecideAsync(officer, report, "approve", "Đạt.")).ReadAsync<JsonElement>();
        await AnsweredAsync("ReportApproved", NotificationKind.ReportApproved);
        (await DecideAsync(officer, report, "reopen", "Sửa số liệu quý.")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await AnsweredAsync("ReportReopened", NotificationKind.ReportReopened);
        foreach (var email in new[] { tenant.WorkerEmail, tenant.CollaboratorEmail, neighbourHead, TestWorld.AdminA, TestWorld.Officer1, tenant.OfficerEmail, secondOfficer })
        {
            using var client = await World.ClientForAsync(email);
            (await Inboxes.ReadAsync(client)).Where(i => i.RecordId == id).ShouldAllBe(i => i.Kind == "ReportSubmitted", $"{email} hears only of submissions");
        }

        async Task AnsweredAsync(string kind, NotificationKind k)
        {
            (await Inboxes.WaitForAsync(head, kind, id)).RecordId.ShouldBe(id);
            await Inboxes.WaitForAsync(head2, kind, id);
            (await Inboxes.SettleAsync(factory, k, id)).ShouldBe(1);
            (await Inboxes.ReadAsync(head, kind)).Count(i => i.RecordId == id).ShouldBe(1);
            (await Inboxes.ReadAsync(head2, kind)).Count(i => i.RecordId == id).ShouldBe(1);
        }
    }

    [Fact]
    public async Task An_annual_plan_reaches_the_province_officers_and_the_department_s_answer_the_unit_heads()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Kế hoạch");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var secondHead = $"head2-{tag}@test.vn";
        var secondOfficer = $"officer2-{tag}@test.vn";
        var neighbourHead = $"neighbour-{tag}@test.vn";
        await World.NewUserAsync(secondHead, UserRole.FacilityAdmin, tenant.HospitalId, null);
        await World.NewUserAsync(secondOfficer, UserRole.ProvinceOfficer, null, tenant.ProvinceId);
        var neighbour = await World.NewFacilityAsync(tenant.ProvinceId, FacilityType.PublicHospital, "BV Láng giềng " + tag);
        await World.NewUserAsync(neighbourHead, UserRole.FacilityAdmin, neighbour, null);
        using var head = await tenant.AdminAsync();
        using var head2 = await World.ClientForAsync(secondHead);
        using var officer = await tenant.OfficerAsync();
        using var officer2 = await World.ClientForAsync(secondOfficer);
        // The plan's events link to the facility's plan (the province's page of the facility, the unit's plans page): the record is the facility.
        var record = tenant.HospitalId;

        var plan = await (await head.PostJsonAsync("/api/v1/plans", new
        {
            year = 2027, summary = "Kế hoạch CTXH 2027", targets = new object[] { new { text = "Bữa cơm miễn phí 2 lần/tháng" } },
            activities = new object[] { new { title = "Trung thu", month = 9 } },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        var submitted = await (await head.PostJsonAsync($"/api/v1/plans/{planId}/submit", new { version = V(plan) })).ReadAsync<JsonElement>();

        // Submitted: both officers of the province, once each, linking to the facility's plan; nobody in the facility, the neighbour or another province.
        var asked = await Inboxes.WaitForAsync(officer, "AnnualPlanSubmitted", record);
        asked.Text.ShouldContain("Bệnh viện Kế hoạch");
        asked.Path.ShouldBe($"/province/targets/facilities/{record}");
        await Inboxes.WaitForAsync(officer2, "AnnualPlanSubmitted", record);
        (await Inboxes.SettleAsync(factory, NotificationKind.AnnualPlanSubmitted, record)).ShouldBe(1);
        (await Inboxes.ReadAsync(officer, "AnnualPlanSubmitted")).Count(i => i.RecordId == record).ShouldBe(1);
        await NoneHearAsync("AnnualPlanSubmitted", record, tenant.AdminEmail, secondHead, tenant.WorkerEmail, neighbourHead, TestWorld.Officer1, TestWorld.Officer2);

        // Returned, then acknowledged after a resubmission: the unit heads once each; not the officers, a worker, the neighbour.
        await (await officer.PostJsonAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans/{planId}/review",
            new { decision = "Return", comment = "Bổ sung chỉ tiêu", version = V(submitted) })).ReadAsync<JsonElement>();
        await AnsweredAsync("AnnualPlanReturned", NotificationKind.AnnualPlanReturned);
        var mine = await (await head.GetAsync($"/api/v1/plans/{planId}")).ReadAsync<JsonElement>();
        var resubmitted = await (await head.PostJsonAsync($"/api/v1/plans/{planId}/submit", new { version = V(mine) })).ReadAsync<JsonElement>();
        await (await officer.PostJsonAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans/{planId}/review",
            new { decision = "Acknowledge", version = V(resubmitted) })).ReadAsync<JsonElement>();
        await AnsweredAsync("AnnualPlanAcknowledged", NotificationKind.AnnualPlanAcknowledged);

        async Task AnsweredAsync(string kind, NotificationKind k)
        {
            (await Inboxes.WaitForAsync(head, kind, record)).Path.ShouldBe("/plans");
            await Inboxes.WaitForAsync(head2, kind, record);
            (await Inboxes.SettleAsync(factory, k, record)).ShouldBe(1);
            (await Inboxes.ReadAsync(head, kind)).Count(i => i.RecordId == record).ShouldBe(1);
            (await Inboxes.ReadAsync(head2, kind)).Count(i => i.RecordId == record).ShouldBe(1);
            await NoneHearAsync(kind, record, tenant.OfficerEmail, secondOfficer, tenant.WorkerEmail, tenant.CollaboratorEmail, neighbourHead, TestWorld.AdminA, TestWorld.Officer1);
        }
    }

    private async Task NoneHearAsync(string kind, Guid record, params string[] emails)
    {
        foreach (var email in emails)
        {
            using var client = await World.ClientForAsync(email);
            (await Inboxes.ReadAsync(client, kind)).Where(i => i.RecordId == record).ShouldBeEmpty($"{email} should hear no {kind} about {record}");
        }
    }

    [Fact]
    public async Task A_closure_request_reaches_the_unit_heads_and_the_answer_the_worker_only()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Đóng hồ sơ");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var secondHead = $"head2-{tag}@test.vn";
        var otherWorker = $"worker2-{tag}@test.vn";
        var neighbourHead = $"neighbour-{tag}@test.vn";
        await World.NewUserAsync(secondHead, UserRole.FacilityAdmin, tenant.HospitalId, null);
        await World.NewUserAsync(otherWorker, UserRole.SocialWorker, tenant.HospitalId, null);
        var neighbour = await World.NewFacilityAsync(tenant.ProvinceId, FacilityType.PublicHospital, "BV Láng giềng " + tag);
        await World.NewUserAsync(neighbourHead, UserRole.FacilityAdmin, neighbour, null);
        using var head = await tenant.AdminAsync();
        using var head2 = await World.ClientForAsync(secondHead);
        using var worker = await tenant.WorkerAsync();
        using var worker2 = await World.ClientForAsync(otherWorker);

        var name = "Trần Văn Đóng " + tag;
        var c = await OpenCaseAsync(worker, name, sensitive: false);
        var caseId = c.GetProperty("id").GetGuid();
        c = await CasePost(worker, caseId, "/approval-requests", new { subject = "Closure", closingReason = "Đã đạt mục tiêu", version = V(c) });
        var asked = await Inboxes.WaitForAsync(head, "CaseClosureApprovalRequested", caseId);
        asked.Text.ShouldContain(name);
        asked.Path.ShouldBe($"/cases/{caseId}");
        await Inboxes.WaitForAsync(head2, "CaseClosureApprovalRequested", caseId);
        (await Inboxes.SettleAsync(factory, NotificationKind.CaseClosureApprovalRequested, caseId)).ShouldBe(1);
        await Inboxes.ShouldHaveNothingAboutAsync(World, caseId, tenant.WorkerEmail, otherWorker, tenant.CollaboratorEmail, tenant.OfficerEmail, neighbourHead,
            TestWorld.AdminA, TestWorld.Officer1);

        // Returned: the worker who asked (and carries the case), once; not the other head, a colleague or the neighbour.
        c = await CasePost(head, caseId, "/approval-decisions", new { subject = "Closure", approve = false, comment = "Cần theo dõi thêm", version = V(c) });
        (await Inboxes.WaitForAsync(worker, "CaseClosureReturned", caseId)).Text.ShouldContain(name);
        (await Inboxes.SettleAsync(factory, NotificationKind.CaseClosureReturned, caseId)).ShouldBe(1);
        (await Inboxes.ReadAsync(worker, "CaseClosureReturned")).Count(i => i.RecordId == caseId).ShouldBe(1);
        foreach (var other in new[] { head, head2, worker2 })
            (await Inboxes.ReadAsync(other, "CaseClosureReturned")).ShouldNotContain(i => i.RecordId == caseId);

        // Asked again and approved: the worker hears it once.
        c = await CasePost(worker, caseId, "/approval-requests", new { subject = "Closure", closingReason = "Đã đạt mục tiêu", version = V(c) });
        c = await CasePost(head, caseId, "/approval-decisions", new { subject = "Closure", approve = true, version = V(c) });
        c.GetProperty("stage").GetString().ShouldBe("Closed");
        await Inboxes.WaitForAsync(worker, "CaseClosureApproved", caseId);
        (await Inboxes.SettleAsync(factory, NotificationKind.CaseClosureApproved, caseId)).ShouldBe(1);
        (await Inboxes.ReadAsync(worker, "CaseClosureApproved")).Count(i => i.RecordId == caseId).ShouldBe(1);
        foreach (var other in new[] { head, head2, worker2 })
            (await Inboxes.ReadAsync(other, "CaseClosureApproved")).ShouldNotContain(i => i.RecordId == caseId);
        await Inboxes.ShouldHaveNothingAboutAsync(World, caseId, tenant.CollaboratorEmail, tenant.OfficerEmail, neighbourHead, TestWorld.AdminA);

        // A sensitive case: the request names no client; once the case is given to another worker, the answer reaches the new
        // worker, not the one who asked (who may no longer see it).
        var secret = "Bé Kín " + tag;
        var s = await OpenCaseAsync(worker2, secret, sensitive: true);
        var sensitiveId = s.GetProperty("id").GetGuid();
        s = await CasePost(worker2, sensitiveId, "/approval-requests", new { subject = "Closure", closingReason = "Chuyển nơi khác", version = V(s) });
        (await Inboxes.WaitForAsync(head, "CaseClosureApprovalRequested", sensitiveId)).Text.ShouldNotContain(secret);
        s = await (await head.PutJsonAsync($"/api/v1/cases/{sensitiveId}", new { assignedWorkerId = tenant.WorkerId, priority = "High", riskLevel = "Medium", isSensitive = true, version = V(s) }))
            .ReadAsync<JsonElement>();
        (await head.PostJsonAsync($"/api/v1/cases/{sensitiveId}/approval-decisions", new { subject = "Closure", approve = false, comment = "Chưa đủ điều kiện", version = V(s) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Inboxes.WaitForAsync(worker, "CaseClosureReturned", sensitiveId)).Text.ShouldNotContain(secret);
        (await Inboxes.SettleAsync(factory, NotificationKind.CaseClosureReturned, sensitiveId)).ShouldBe(1);
        await Inboxes.ShouldHaveNothingAboutAsync(World, sensitiveId, otherWorker, tenant.CollaboratorEmail, tenant.OfficerEmail, neighbourHead);
    }

    [Fact]
    public async Task A_referral_s_acceptance_and_completion_reach_the_sending_side_only()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Chuyển gửi");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var otherWorker = $"worker2-{tag}@test.vn";
        await World.NewUserAsync(otherWorker, UserRole.SocialWorker, tenant.HospitalId, null);
        var stationName = "Trạm Y tế nhận " + tag;
        var station = await World.NewFacilityAsync(tenant.ProvinceId, FacilityType.CommuneHealthStation, stationName);
        var stationHead = $"head-{tag}@station.vn";
        var stationWorker = $"worker-{tag}@station.vn";
        await World.NewUserAsync(stationHead, UserRole.FacilityAdmin, station, null);
        await World.NewUserAsync(stationWorker, UserRole.SocialWorker, station, null);
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        using var receiver = await World.ClientForAsync(stationHead);

        var c = await OpenCaseAsync(worker, "Ngô Văn Chuyển " + tag, sensitive: false);
        var caseId = c.GetProperty("id").GetGuid();
        var sent = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", new
        {
            target = "PlatformFacility", receiverFacilityId = station, reason = "Theo dõi tại địa phương",
            sentOn = VietnamClock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            share = new { name = false, birthYear = false, sex = false, phone = false, address = false, problem = false, needs = false },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var referralId = sent.GetProperty("id").GetGuid();
        await Inboxes.WaitForAsync(receiver, "ReferralReceived", referralId);

        // Accepted: the worker who sent it (and carries the case), once; not the sender's head or colleague (the station: below).
        var package = await (await receiver.GetAsync($"/api/v1/referrals/inbox/{referralId}")).ReadAsync<JsonElement>();
        (await receiver.PostJsonAsync($"/api/v1/referrals/inbox/{referralId}/answer", new { accept = true, version = V(package) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Inboxes.WaitForAsync(worker, "ReferralAccepted", referralId)).Text.ShouldContain(stationName);
        (await Inboxes.SettleAsync(factory, NotificationKind.ReferralAccepted, referralId)).ShouldBe(1);
        (await Inboxes.ReadAsync(worker, "ReferralAccepted")).Count(i => i.RecordId == referralId).ShouldBe(1);
        await Inboxes.ShouldHaveNothingAboutAsync(World, referralId, tenant.AdminEmail, otherWorker, tenant.CollaboratorEmail, tenant.OfficerEmail,
            TestWorld.AdminA, TestWorld.Officer1);

        // Completed, recorded by the unit head: the worker who sent it hears it once; the head (who recorded it) does not. The station
        // heard of the referral when it arrived, and of nothing after.
        var referral = (await (await head.GetAsync($"/api/v1/cases/{caseId}/referrals")).ReadAsync<JsonElement>()).EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == referralId);
        (await head.PostJsonAsync($"/api/v1/cases/{caseId}/referrals/{referralId}/status", new { status = "Completed", outcome = "Đã tiếp nhận và hỗ trợ", version = V(referral) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Inboxes.WaitForAsync(worker, "ReferralCompleted", referralId)).Text.ShouldContain(stationName);
        (await Inboxes.SettleAsync(factory, NotificationKind.ReferralCompleted, referralId)).ShouldBe(1);
        (await Inboxes.ReadAsync(worker, "ReferralCompleted")).Count(i => i.RecordId == referralId).ShouldBe(1);
        await Inboxes.ShouldHaveNothingAboutAsync(World, referralId, tenant.AdminEmail, otherWorker, tenant.CollaboratorEmail, TestWorld.AdminA);
        using var stationStaff = await World.ClientForAsync(stationWorker);
        foreach (var at in new[] { receiver, stationStaff })
            (await Inboxes.ReadAsync(at)).Where(i => i.RecordId == referralId).ShouldAllBe(i => i.Kind == "ReferralReceived");
    }

    private static async Task<JsonElement> WaitForReportAsync(HttpClient admin, JsonElement run) =>
        await (await admin.GetAsync($"/api/v1/reports/{await ReportRuns.WaitForReportIdAsync(admin, run.GetProperty("id").GetGuid())}")).ReadAsync<JsonElement>();

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, JsonElement report, string action, string? comment = null) =>
        client.PostJsonAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}/{action}", new { version = report.GetProperty("version").GetGuid(), comment });

    private static async Task<JsonElement> OpenCaseAsync(HttpClient worker, string name, bool sensitive)
    {
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = name, birthYear = 1970, createAnyway = true })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), priority = "High", riskLevel = "Medium", isSensitive = sensitive, intakeSource = "Self", presentingProblem = "Cần hỗ trợ",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> CasePost(HttpClient client, Guid caseId, string path, object body) =>
        await (await client.PostJsonAsync($"/api/v1/cases/{caseId}{path}", body)).ReadAsync<JsonElement>();

    private static Guid V(JsonElement e) => e.GetProperty("version").GetGuid();
}

public sealed class ApprovalNotificationsOnPostgres(SharedPostgres api) : ApprovalNotificationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ApprovalNotificationsOnSqlite(SharedSqlite api) : ApprovalNotificationTests(api.Factory), IClassFixture<SharedSqlite>;
