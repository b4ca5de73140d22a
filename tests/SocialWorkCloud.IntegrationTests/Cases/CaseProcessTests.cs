using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Cases;

/// <summary>
/// The case process, in a tenant of this class's own (<see cref="TestWorld.TenantForAsync"/>): its hospital,
/// unit head, worker, collaborator and officer see nothing of the other classes running beside it.
/// </summary>
public abstract class CaseProcessTests(ApiFactory factory) : IAsyncLifetime
{
    private TestWorld World => factory.World;

    private Tenant Own { get; set; } = null!;

    public async Task InitializeAsync() => Own = await World.TenantForAsync(nameof(CaseProcessTests));

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> NewCaseAsync(HttpClient client, int birthYear = 1960, bool sensitive = false, Guid? assignee = null)
    {
        var person = await (await client.PostJsonAsync("/api/v1/clients", new { fullName = "Vũ Thị Ca " + Guid.NewGuid().ToString("N")[..6], birthYear, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        return await (await client.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), assignedWorkerId = assignee, priority = "High", riskLevel = "Medium", isSensitive = sensitive,
            intakeSource = "Self", presentingProblem = "Bệnh nhân vãng lai không có tiền về quê", urgentNeeds = new[] { "Money", "TransportHome" },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> Post(HttpClient client, JsonElement @case, string path, object body, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.PostJsonAsync($"/api/v1/cases/{@case.GetProperty("id").GetGuid()}{path}", body)).ReadAsync<JsonElement>(status);

    private static Guid V(JsonElement c) => c.GetProperty("version").GetGuid();

    [Fact]
    public async Task Workers_pick_assignees_among_their_facilitys_case_staff_only()
    {
        using var worker = await Own.WorkerAsync();
        var assignees = await (await worker.GetAsync("/api/v1/cases/assignees")).ReadAsync<JsonElement>();
        var ids = assignees.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(Own.WorkerId);
        var roles = assignees.EnumerateArray().Select(a => a.GetProperty("role").GetString()).Distinct().ToList();
        roles.ShouldBeSubsetOf(["FacilityAdmin", "SocialWorker", "Collaborator"]);
        roles.ShouldContain("Collaborator");

        // Hospital B's people are not offered, and a case given to one of them is refused.
        using var otherWorker = await World.ClientForAsync(TestWorld.WorkerBEmail);
        var others = await (await otherWorker.GetAsync("/api/v1/cases/assignees")).ReadAsync<JsonElement>();
        var otherIds = others.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        otherIds.Intersect(ids).ShouldBeEmpty();
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Đỗ Văn Giao " + Guid.NewGuid().ToString("N")[..6] }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), assignedWorkerId = otherIds[0], priority = "Normal", riskLevel = "Low", intakeSource = "Self", presentingProblem = "x",
        })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Province officers have no facility staff to assign.
        using var officer = await Own.OfficerAsync();
        (await officer.GetAsync("/api/v1/cases/assignees")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_facility_counselling_list_filters_by_the_dates_held()
    {
        using var worker = await Own.WorkerAsync();
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Mai Thị Tâm " + Guid.NewGuid().ToString("N")[..6] }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var clientId = person.GetProperty("id").GetGuid();
        foreach (var heldOn in new[] { "2024-02-10", "2024-03-15", "2024-04-20" })
        {
            await (await worker.PostJsonAsync("/api/v1/counselling-sessions", new { clientId, heldOn, durationMinutes = 30, topic = "Lo âu " + heldOn, distressBefore = 7, distressAfter = 4 }))
                .ReadAsync<JsonElement>(HttpStatusCode.Created);
        }
        var march = await (await worker.GetAsync("/api/v1/counselling-sessions?from=2024-03-01&to=2024-03-31")).ReadAsync<JsonElement>();
        march.EnumerateArray().Where(x => x.GetProperty("clientId").GetGuid() == clientId).Select(x => x.GetProperty("topic").GetString())
            .ShouldBe(["Lo âu 2024-03-15"]);
        var fromMarch = await (await worker.GetAsync($"/api/v1/counselling-sessions?from=2024-03-01&clientId={clientId}")).ReadAsync<JsonElement>();
        fromMarch.EnumerateArray().Select(x => x.GetProperty("heldOn").GetString()).ShouldBe(["2024-04-20", "2024-03-15"]);
        await (await worker.GetAsync("/api/v1/counselling-sessions?from=2024-03-31&to=2024-03-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_walk_in_patient_goes_from_intake_to_closure_with_an_approved_plan()
    {
        using var worker = await Own.WorkerAsync();
        using var head = await Own.AdminAsync();
        var c = await NewCaseAsync(worker);
        c.GetProperty("stage").GetString().ShouldBe("Intake");
        c.GetProperty("urgentNeeds").EnumerateArray().Select(x => x.GetString()).ShouldBe(["Money", "TransportHome"]);

        c = await Post(worker, c, "/transitions", new { toStage = "Assessment", version = V(c) });
        c = await Post(worker, c, "/assessments", new { assessedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), health = "Ổn định", familyAndEconomic = "Hộ nghèo", riskLevel = "Low" });
        c = await Post(worker, c, "/transitions", new { toStage = "Planning", version = V(c) });
        c = await (await worker.PutJsonAsync($"/api/v1/cases/{c.GetProperty("id")}/plan", new
        {
            goals = new object[]
            {
                new { goal = "Hỗ trợ tiền xe về quê", plannedService = "Transport", responsible = "Trần Thị Lan", dueOn = "2030-01-10" },
                new { goal = "Suất ăn trong thời gian điều trị", plannedService = "Meals", responsible = "Bếp từ thiện" },
            },
            reviewOn = "2030-02-01", version = V(c),
        })).ReadAsync<JsonElement>();

        // Implementation needs the approved plan.
        await (await worker.PostJsonAsync($"/api/v1/cases/{c.GetProperty("id")}/transitions", new { toStage = "Implementation", version = V(c) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        c = await Post(worker, c, "/approval-requests", new { subject = "Plan", version = V(c) });
        c.GetProperty("planApproval").GetString().ShouldBe("Requested");
        // A worker cannot approve; the unit head returns, then approves the resubmitted plan.
        await (await worker.PostJsonAsync($"/api/v1/cases/{c.GetProperty("id")}/approval-decisions", new { subject = "Plan", approve = true, version = V(c) }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var work = await (await head.GetAsync("/api/v1/cases/work-lists")).ReadAsync<JsonElement>();
        work.GetProperty("awaitingApproval").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ShouldContain(c.GetProperty("id").GetGuid());
        c = await Post(head, c, "/approval-decisions", new { subject = "Plan", approve = false, comment = "Bổ sung người phụ trách", version = V(c) });
        c.GetProperty("planApproval").GetString().ShouldBe("Returned");
        c = await Post(worker, c, "/approval-requests", new { subject = "Plan", version = V(c) });
        c = await Post(head, c, "/approval-decisions", new { subject = "Plan", approve = true, version = V(c) });

        c = await Post(worker, c, "/transitions", new { toStage = "Implementation", version = V(c) });
        c = await Post(worker, c, "/services", new { type = "Transport", deliveredOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), provider = "Phòng CTXH", quantity = 1, valueVnd = 350_000 });
        c = await Post(worker, c, "/notes", new { text = "Đã liên hệ gia đình" });
        c = await Post(worker, c, "/transitions", new { toStage = "Monitoring", version = V(c) });

        // Closing goes through the closure approval, with a reason.
        await (await worker.PostJsonAsync($"/api/v1/cases/{c.GetProperty("id")}/transitions", new { toStage = "Closed", reason = "xong", version = V(c) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await worker.PostJsonAsync($"/api/v1/cases/{c.GetProperty("id")}/approval-requests", new { subject = "Closure", version = V(c) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        c = await Post(worker, c, "/approval-requests", new { subject = "Closure", closingReason = "Bệnh nhân đã về nhà an toàn", version = V(c) });
        c = await Post(head, c, "/approval-decisions", new { subject = "Closure", approve = true, version = V(c) });
        c.GetProperty("stage").GetString().ShouldBe("Closed");
        c.GetProperty("closingReason").GetString().ShouldBe("Bệnh nhân đã về nhà an toàn");
        c.GetProperty("services").EnumerateArray().Single().GetProperty("valueVnd").GetInt64().ShouldBe(350_000);

        var stages = c.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("toStage").GetString()).ToList();
        stages.ShouldBe(["Intake", "Assessment", "Planning", "Implementation", "Monitoring", "Closed"]);
        c.GetProperty("transitions").EnumerateArray().ShouldAllBe(t => t.GetProperty("byName").GetString() != null);
        c.GetProperty("approvals").EnumerateArray().Select(a => a.GetProperty("decision").GetString())
            .ShouldBe(["Requested", "Returned", "Requested", "Approved", "Requested", "Approved"]);

        // Reopening needs a reason and records it.
        c = await Post(worker, c, "/reopen", new { reason = "Tái nhập viện", version = V(c) });
        c.GetProperty("stage").GetString().ShouldBe("Assessment");
        c.GetProperty("transitions").EnumerateArray().Last().GetProperty("reason").GetString().ShouldBe("Tái nhập viện");
    }

    [Fact]
    public async Task Skipping_or_going_back_needs_a_recorded_reason_and_a_stale_version_conflicts()
    {
        using var worker = await Own.WorkerAsync();
        var c = await NewCaseAsync(worker);
        var problem = await (await worker.PostJsonAsync($"/api/v1/cases/{c.GetProperty("id")}/transitions", new { toStage = "Planning", version = V(c) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("code").GetString().ShouldBe("reason-required");
        var moved = await Post(worker, c, "/transitions", new { toStage = "Planning", reason = "Đã đánh giá tại khoa lâm sàng", version = V(c) });
        moved.GetProperty("transitions").EnumerateArray().Last().GetProperty("reason").GetString().ShouldBe("Đã đánh giá tại khoa lâm sàng");

        await (await worker.PostJsonAsync($"/api/v1/cases/{c.GetProperty("id")}/transitions", new { toStage = "Assessment", reason = "x", version = V(c) }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var back = await Post(worker, moved, "/transitions", new { toStage = "Assessment", reason = "Cần đánh giá lại", version = V(moved) });
        back.GetProperty("stage").GetString().ShouldBe("Assessment");
    }

    [Fact]
    public async Task A_child_assessed_at_high_risk_raises_an_alert_on_the_unit_heads_work_list()
    {
        using var worker = await Own.WorkerAsync();
        using var head = await Own.AdminAsync();
        var adult = await NewCaseAsync(worker, 1980);
        await Post(worker, adult, "/assessments", new { assessedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), riskLevel = "High" });
        var child = await NewCaseAsync(worker, DateTime.UtcNow.Year - 6);
        var assessed = await Post(worker, child, "/assessments", new { assessedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), riskLevel = "High", risks = "Bị bạo hành" });
        assessed.GetProperty("riskLevel").GetString().ShouldBe("High");

        var alerts = (await (await head.GetAsync("/api/v1/cases/work-lists")).ReadAsync<JsonElement>()).GetProperty("alerts").EnumerateArray().ToList();
        var caseIds = alerts.Select(a => a.GetProperty("caseId").GetGuid()).ToList();
        caseIds.ShouldContain(child.GetProperty("id").GetGuid());
        caseIds.ShouldNotContain(adult.GetProperty("id").GetGuid());
        (await (await worker.GetAsync("/api/v1/cases/work-lists")).ReadAsync<JsonElement>()).GetProperty("alerts").GetArrayLength().ShouldBe(0);

        var alertId = alerts.First(a => a.GetProperty("caseId").GetGuid() == child.GetProperty("id").GetGuid()).GetProperty("alertId").GetGuid();
        (await head.PostJsonAsync($"/api/v1/cases/alerts/{alertId}/acknowledge", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await head.GetAsync("/api/v1/cases/work-lists")).ReadAsync<JsonElement>()).GetProperty("alerts").EnumerateArray()
            .Select(a => a.GetProperty("alertId").GetGuid()).ShouldNotContain(alertId);
    }

    [Fact]
    public async Task A_sensitive_case_is_seen_only_by_its_worker_and_the_unit_head_and_every_access_is_audited()
    {
        using var worker = await Own.WorkerAsync();
        var colleagueEmail = $"colleague.{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(colleagueEmail, UserRole.SocialWorker, Own.HospitalId, null);
        using var colleague = await World.ClientForAsync(colleagueEmail);
        using var head = await Own.AdminAsync();
        var c = await NewCaseAsync(worker, sensitive: true);
        var id = c.GetProperty("id").GetGuid();
        var audited = await AuditCountAsync(id);

        await (await colleague.GetAsync($"/api/v1/cases/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await colleague.PostJsonAsync($"/api/v1/cases/{id}/notes", new { text = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await colleague.GetAsync("/api/v1/cases?pageSize=200")).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Select(x => x.GetProperty("id").GetGuid()).ShouldNotContain(id);
        (await AuditCountAsync(id)).ShouldBe(audited);

        await (await worker.GetAsync($"/api/v1/cases/{id}")).ReadAsync<JsonElement>();
        await (await head.GetAsync($"/api/v1/cases/{id}")).ReadAsync<JsonElement>();
        await Post(worker, c, "/notes", new { text = "Ghi chú bảo mật" });
        (await AuditCountAsync(id)).ShouldBe(audited + 3);

        // A non-sensitive case of the same worker is open to colleagues, and its reads are not audited.
        var open = await NewCaseAsync(worker);
        await (await colleague.GetAsync($"/api/v1/cases/{open.GetProperty("id")}")).ReadAsync<JsonElement>();
        (await AuditCountAsync(open.GetProperty("id").GetGuid())).ShouldBe(0);
    }

    [Fact]
    public async Task A_collaborator_sees_and_works_only_the_cases_assigned_to_them()
    {
        var email = $"collab.{Guid.NewGuid():N}@test.vn";
        var collaboratorId = await World.NewUserAsync(email, UserRole.Collaborator, Own.HospitalId, null);
        using var worker = await Own.WorkerAsync();
        using var collaborator = await World.ClientForAsync(email);
        var assigned = await NewCaseAsync(worker, assignee: collaboratorId);
        var other = await NewCaseAsync(worker);

        var list = await (await collaborator.GetAsync("/api/v1/cases?pageSize=200")).ReadAsync<JsonElement>();
        list.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ShouldBe([assigned.GetProperty("id").GetGuid()]);
        await Post(collaborator, assigned, "/notes", new { text = "Đã thăm" });
        await (await collaborator.GetAsync($"/api/v1/cases/{other.GetProperty("id")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await collaborator.PostJsonAsync("/api/v1/cases", new { clientId = Guid.NewGuid(), priority = "Low", riskLevel = "Low", intakeSource = "Self", presentingProblem = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Assigning_to_another_facilitys_user_is_not_found()
    {
        using var worker = await Own.WorkerAsync();
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Đinh Văn Gán " + Guid.NewGuid().ToString("N")[..5] })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), assignedWorkerId = World.WorkerB, priority = "Low", riskLevel = "Low", intakeSource = "Self", presentingProblem = "x",
        })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Overdue_tasks_show_as_read_and_the_daily_job_marks_plans_past_review_on_the_work_lists_of_their_facility_only()
    {
        var facility = await World.NewFacilityAsync(Own.ProvinceId, Domain.Facilities.FacilityType.CommuneHealthStation, "Trạm Y tế Quá Hạn");
        var workerEmail = $"late.{Guid.NewGuid():N}@test.vn";
        var headEmail = $"late.head.{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(workerEmail, UserRole.SocialWorker, facility, null);
        await World.NewUserAsync(headEmail, UserRole.FacilityAdmin, facility, null);
        using var worker = await World.ClientForAsync(workerEmail);
        using var head = await World.ClientForAsync(headEmail);
        var c = await NewCaseAsync(worker);
        var id = c.GetProperty("id").GetGuid();
        c = await Post(worker, c, "/tasks", new { title = "Gọi lại cho gia đình", dueOn = "2024-01-05" });
        c = await Post(worker, c, "/tasks", new { title = "Chưa đến hạn", dueOn = "2099-01-05" });
        c = await (await worker.PutJsonAsync($"/api/v1/cases/{id}/plan", new { goals = new[] { new { goal = "Ổn định" } }, reviewOn = "2024-02-01", version = V(c) }))
            .ReadAsync<JsonElement>();

        // A task past its due date is overdue at once, from the day after it was due: no nightly job needed.
        c.GetProperty("tasks").EnumerateArray().Select(t => (t.GetProperty("title").GetString(), t.GetProperty("overdueSince").ValueKind == JsonValueKind.Null ? null : t.GetProperty("overdueSince").GetString()))
            .ShouldBe([("Gọi lại cho gia đình", "2024-01-06"), ("Chưa đến hạn", null)]);
        var before = await (await worker.GetAsync("/api/v1/cases/work-lists")).ReadAsync<JsonElement>();
        before.GetProperty("overdueTasks").EnumerateArray().Select(t => (t.GetProperty("title").GetString(), t.GetProperty("overdueSince").GetString()))
            .ShouldBe([("Gọi lại cho gia đình", "2024-01-06")]);
        before.GetProperty("plansPastReview").GetArrayLength().ShouldBe(0);

        await using (var scope = factory.CreateScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<CaseJobs>();
            await jobs.MarkOverdueAsync(CancellationToken.None);
        }

        foreach (var client in new[] { worker, head })
        {
            var lists = await (await client.GetAsync("/api/v1/cases/work-lists")).ReadAsync<JsonElement>();
            lists.GetProperty("overdueTasks").EnumerateArray().Select(t => t.GetProperty("title").GetString()).ShouldBe(["Gọi lại cho gia đình"]);
            lists.GetProperty("plansPastReview").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldBe([id]);
        }
        // Hospital A's head sees none of this facility's items.
        using var otherHead = await Own.AdminAsync();
        var others = await (await otherHead.GetAsync("/api/v1/cases/work-lists")).ReadAsync<JsonElement>();
        others.GetProperty("plansPastReview").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldNotContain(id);
    }

    private async Task<int> AuditCountAsync(Guid caseId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.IgnoreTenant().CountAsync(a => a.EntityId == caseId);
    }
}

public sealed class CaseProcessOnPostgres(SharedPostgres api) : CaseProcessTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CaseProcessOnSqlite(SharedSqlite api) : CaseProcessTests(api.Factory), IClassFixture<SharedSqlite>;
