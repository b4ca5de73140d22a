using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>An inbox item as a test reads it.</summary>
public sealed record InboxItem(Guid Id, string Kind, string Text, string RecordType, Guid RecordId, string Path, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record UnreadCountBody(int Count);

public sealed record AwaitingBody(string Kind, int Count);

/// <summary>
/// Events reach exactly the people who must act, through the real pipeline (command → outbox → job → inbox),
/// and nobody else: not the one who caused it, not another facility or province, not a worker who may not
/// see a sensitive case. In a tenant of this class's own, so other classes' events never show here.
/// </summary>
public abstract class NotificationTests(ApiFactory factory) : IAsyncLifetime
{
    private TestWorld World => factory.World;

    private Tenant Own { get; set; } = null!;

    public async Task InitializeAsync() => Own = await World.TenantForAsync(nameof(NotificationTests));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_plan_approval_request_reaches_the_unit_head_only_and_the_answer_the_worker_only()
    {
        using var worker = await Own.WorkerAsync();
        using var head = await Own.AdminAsync();
        var name = "Lê Thị Duyệt " + Guid.NewGuid().ToString("N")[..6];
        var c = await PlannedCaseAsync(worker, name, sensitive: false, birthYear: 1970);
        var caseId = c.GetProperty("id").GetGuid();
        c = await Post(worker, caseId, "/approval-requests", new { subject = "Plan", version = V(c) });

        var asked = await WaitForAsync(head, "CasePlanApprovalRequested", caseId);
        asked.Text.ShouldContain(name);
        asked.RecordType.ShouldBe("case");
        asked.Path.ShouldBe($"/cases/{caseId}");
        asked.ReadAt.ShouldBeNull();
        // Nobody else: not who asked, not the collaborator or the province officer, not another facility's or province's head.
        await ShouldHaveNothingAboutAsync(caseId, Own.WorkerEmail, Own.CollaboratorEmail, Own.OfficerEmail, TestWorld.AdminA, TestWorld.AdminB, TestWorld.Officer1);

        var awaiting = await head.GetAsync<List<AwaitingBody>>("/api/v1/me/notifications/awaiting");
        awaiting.ShouldContain(a => a.Kind == "CasePlanApprovalRequested" && a.Count >= 1);
        var unread = (await head.GetAsync<UnreadCountBody>("/api/v1/me/notifications/unread-count")).Count;
        unread.ShouldBeGreaterThanOrEqualTo(1);

        c = await Post(head, caseId, "/approval-decisions", new { subject = "Plan", approve = true, version = V(c) });
        var answer = await WaitForAsync(worker, "CasePlanApproved", caseId);
        answer.Text.ShouldContain(name);
        (await InboxAsync(head)).ShouldNotContain(i => i.RecordId == caseId && i.Kind == "CasePlanApproved");
        await ShouldHaveNothingAboutAsync(caseId, Own.CollaboratorEmail, Own.OfficerEmail, TestWorld.AdminA, TestWorld.WorkerAEmail, TestWorld.AdminB);

        // Reading the item lowers the bell by one; reading it again changes nothing.
        (await head.PostJsonAsync($"/api/v1/me/notifications/{asked.Id}/read", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await head.PostJsonAsync($"/api/v1/me/notifications/{asked.Id}/read", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await head.GetAsync<UnreadCountBody>("/api/v1/me/notifications/unread-count")).Count.ShouldBe(unread - 1);
        (await InboxAsync(head)).Single(i => i.Id == asked.Id).ReadAt.ShouldNotBeNull();
        // The worker cannot mark the head's item.
        (await worker.PostJsonAsync($"/api/v1/me/notifications/{asked.Id}/read", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_sensitive_case_names_no_client_and_reaches_only_who_may_see_it()
    {
        using var worker = await Own.WorkerAsync();
        using var head = await Own.AdminAsync();
        var otherWorkerEmail = $"worker2-{Guid.NewGuid():N}"[..20] + "@test.vn";
        var otherWorkerId = await World.NewUserAsync(otherWorkerEmail, UserRole.SocialWorker, Own.HospitalId, null);
        var name = "Phạm Bé Kín " + Guid.NewGuid().ToString("N")[..6];
        var c = await PlannedCaseAsync(worker, name, sensitive: true, birthYear: DateTime.UtcNow.Year - 9, risk: "High");
        var caseId = c.GetProperty("id").GetGuid();

        // The child assessed at high risk: the unit head at once, without the child's name.
        var alert = await WaitForAsync(head, "ChildAtHighRisk", caseId);
        alert.Text.ShouldNotContain(name);
        alert.Text.ShouldContain("bảo mật");

        c = await Post(worker, caseId, "/approval-requests", new { subject = "Plan", version = V(c) });
        var asked = await WaitForAsync(head, "CasePlanApprovalRequested", caseId);
        asked.Text.ShouldNotContain(name);

        // The head gives the case to another worker, then returns the plan: the new worker hears it; the one who
        // asked no longer may see the case, so hears nothing.
        c = await (await head.PutJsonAsync($"/api/v1/cases/{caseId}", new { assignedWorkerId = otherWorkerId, priority = "High", riskLevel = "High", isSensitive = true, version = V(c) }))
            .ReadAsync<JsonElement>();
        c = await Post(head, caseId, "/approval-decisions", new { subject = "Plan", approve = false, comment = "Bổ sung mục tiêu", version = V(c) });
        using var otherWorker = await World.ClientForAsync(otherWorkerEmail);
        var returned = await WaitForAsync(otherWorker, "CasePlanReturned", caseId);
        returned.Text.ShouldNotContain(name);
        await ShouldHaveNothingAboutAsync(caseId, Own.WorkerEmail, Own.CollaboratorEmail, Own.OfficerEmail, TestWorld.AdminA, TestWorld.AdminB);
        (await InboxAsync(otherWorker)).Where(i => i.RecordId == caseId).Select(i => i.Kind).ShouldBe(["CasePlanReturned"]);
    }

    [Fact]
    public async Task The_inbox_filters_by_kind_puts_unread_first_and_marks_all_read()
    {
        using var worker = await Own.WorkerAsync();
        using var head = await Own.AdminAsync();
        var first = await PlannedCaseAsync(worker, "Hồ Văn Một " + Guid.NewGuid().ToString("N")[..6], sensitive: false, birthYear: 1980);
        await Post(worker, first.GetProperty("id").GetGuid(), "/approval-requests", new { subject = "Plan", version = V(first) });
        var one = await WaitForAsync(head, "CasePlanApprovalRequested", first.GetProperty("id").GetGuid());
        (await head.PostJsonAsync($"/api/v1/me/notifications/{one.Id}/read", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var second = await PlannedCaseAsync(worker, "Hồ Văn Hai " + Guid.NewGuid().ToString("N")[..6], sensitive: false, birthYear: 1981);
        await Post(worker, second.GetProperty("id").GetGuid(), "/approval-requests", new { subject = "Plan", version = V(second) });
        var two = await WaitForAsync(head, "CasePlanApprovalRequested", second.GetProperty("id").GetGuid());

        var newestFirst = await InboxAsync(head);
        newestFirst.Select(i => i.CreatedAt).ShouldBe(newestFirst.Select(i => i.CreatedAt).OrderByDescending(x => x));
        var unreadFirst = (await head.GetAsync<Page<InboxItem>>("/api/v1/me/notifications?unreadFirst=true&pageSize=200")).Items;
        unreadFirst.TakeWhile(i => i.ReadAt == null).Count().ShouldBe(unreadFirst.Count(i => i.ReadAt == null));
        unreadFirst.IndexOf(unreadFirst.Single(i => i.Id == two.Id)).ShouldBeLessThan(unreadFirst.IndexOf(unreadFirst.Single(i => i.Id == one.Id)));
        (await InboxAsync(head, "CasePlanApprovalRequested")).ShouldAllBe(i => i.Kind == "CasePlanApprovalRequested");
        (await head.GetAsync("/api/v1/me/notifications?kind=NotAKind")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await head.PostJsonAsync("/api/v1/me/notifications/read-all", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await head.GetAsync<UnreadCountBody>("/api/v1/me/notifications/unread-count")).Count.ShouldBe(0);
        (await head.GetAsync<List<AwaitingBody>>("/api/v1/me/notifications/awaiting")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_child_at_high_risk_is_emailed_at_once_and_the_rest_in_one_digest_unless_declined()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Thư");
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var name = "Đinh Bé Thư " + Guid.NewGuid().ToString("N")[..6];
        var c = await PlannedCaseAsync(worker, name, sensitive: false, birthYear: DateTime.UtcNow.Year - 7, risk: "High");
        var caseId = c.GetProperty("id").GetGuid();
        var urgent = await TestMailbox.Instance.WaitForAsync(tenant.AdminEmail);
        (urgent.TextBody ?? "").ShouldContain(name);
        (urgent.TextBody ?? "").ShouldContain($"/cases/{caseId}");
        (urgent.Subject ?? "").ShouldContain("Cần xử lý ngay");

        // The head declines the digest for plan answers; the worker keeps the default.
        var prefs = await head.PutAsync<List<JsonElement>>("/api/v1/me/notification-preferences",
            new { preferences = new[] { new { kind = "CasePlanApprovalRequested", email = false } } });
        prefs.Single(p => p.GetProperty("kind").GetString() == "CasePlanApprovalRequested").GetProperty("email").GetBoolean().ShouldBeFalse();
        prefs.Single(p => p.GetProperty("kind").GetString() == "ReportReturned").GetProperty("email").GetBoolean().ShouldBeTrue();

        c = await Post(worker, caseId, "/approval-requests", new { subject = "Plan", version = V(c) });
        await WaitForAsync(head, "CasePlanApprovalRequested", caseId);
        c = await Post(head, caseId, "/approval-decisions", new { subject = "Plan", approve = true, version = V(c) });
        await WaitForAsync(worker, "CasePlanApproved", caseId);

        await using (var scope = factory.CreateScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<NotificationMailJobs>();
            var since = DateTimeOffset.UtcNow.AddDays(-1);
            (await jobs.SendDigestAsync(tenant.WorkerId, since, CancellationToken.None)).ShouldBeTrue();
            (await jobs.SendDigestAsync(tenant.WorkerId, since, CancellationToken.None)).ShouldBeFalse("each item is e-mailed once");
            var headId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == tenant.AdminEmail).Select(u => u.Id).SingleAsync();
            (await jobs.SendDigestAsync(headId, since, CancellationToken.None)).ShouldBeFalse("the head declined it, and the alert left at once");
        }
        var digest = await TestMailbox.Instance.WaitForAsync(tenant.WorkerEmail);
        (digest.Subject ?? "").ShouldContain("Tóm tắt");
        (digest.TextBody ?? "").ShouldContain(name);
        (digest.TextBody ?? "").ShouldContain(Domain.Common.VietnamClock.Today().ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        TestMailbox.Instance.To(tenant.AdminEmail).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_referral_reaches_the_receiving_unit_and_its_answer_the_sender_only()
    {
        using var worker = await Own.WorkerAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var station = await World.NewFacilityAsync(Own.ProvinceId, Domain.Facilities.FacilityType.CommuneHealthStation, "Trạm Y tế nhận " + tag);
        var stationHead = $"head-{tag}@station.vn";
        var stationWorker = $"worker-{tag}@station.vn";
        await World.NewUserAsync(stationHead, UserRole.FacilityAdmin, station, null);
        await World.NewUserAsync(stationWorker, UserRole.SocialWorker, station, null);
        var name = "Ngô Thị Chuyển " + tag;
        var c = await PlannedCaseAsync(worker, name, sensitive: false, birthYear: 1975);
        var caseId = c.GetProperty("id").GetGuid();
        var sent = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/referrals", new
        {
            target = "PlatformFacility", receiverFacilityId = station, reason = "Theo dõi tại địa phương",
            sentOn = Domain.Common.VietnamClock.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            share = new { name = false, birthYear = false, sex = false, phone = false, address = false, problem = false, needs = false },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var referralId = sent.GetProperty("id").GetGuid();

        // The receiving unit's head and social worker; the text names the sender, not the client.
        using var head = await World.ClientForAsync(stationHead);
        using var stationStaff = await World.ClientForAsync(stationWorker);
        var received = await WaitForAsync(head, "ReferralReceived", referralId);
        received.Text.ShouldNotContain(name);
        received.Path.ShouldBe("/referrals");
        await WaitForAsync(stationStaff, "ReferralReceived", referralId);
        await ShouldHaveNothingAboutAsync(referralId, Own.WorkerEmail, Own.AdminEmail, Own.OfficerEmail, TestWorld.AdminA, TestWorld.AdminB);

        // The station declines: the sender's worker hears it, nobody at the station does.
        var package = await (await head.GetAsync($"/api/v1/referrals/inbox/{referralId}")).ReadAsync<JsonElement>();
        (await head.PostJsonAsync($"/api/v1/referrals/inbox/{referralId}/answer", new { accept = false, declineReason = "Ngoài địa bàn", version = V(package) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var declined = await WaitForAsync(worker, "ReferralDeclined", referralId);
        declined.Text.ShouldContain("Trạm Y tế nhận " + tag);
        (await InboxAsync(stationStaff)).ShouldNotContain(i => i.RecordId == referralId && i.Kind == "ReferralDeclined");
        await ShouldHaveNothingAboutAsync(referralId, Own.CollaboratorEmail, TestWorld.AdminA);
    }

    private async Task<JsonElement> PlannedCaseAsync(HttpClient worker, string name, bool sensitive, int birthYear, string risk = "Low")
    {
        var today = Domain.Common.VietnamClock.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = name, birthYear, createAnyway = true })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var c = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), priority = "High", riskLevel = "Medium", isSensitive = sensitive,
            intakeSource = "Self", presentingProblem = "Cần hỗ trợ",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = c.GetProperty("id").GetGuid();
        c = await Post(worker, id, "/transitions", new { toStage = "Assessment", version = V(c) });
        c = await Post(worker, id, "/assessments", new { assessedOn = today, riskLevel = risk });
        c = await Post(worker, id, "/transitions", new { toStage = "Planning", version = V(c) });
        return await (await worker.PutJsonAsync($"/api/v1/cases/{id}/plan", new
        {
            goals = new object[] { new { goal = "Hỗ trợ tiền xe", plannedService = "Transport", responsible = "Phòng CTXH", dueOn = "2030-01-10" } },
            reviewOn = "2030-02-01", version = V(c),
        })).ReadAsync<JsonElement>();
    }

    private static async Task<JsonElement> Post(HttpClient client, Guid caseId, string path, object body) =>
        await (await client.PostJsonAsync($"/api/v1/cases/{caseId}{path}", body)).ReadAsync<JsonElement>();

    private static Guid V(JsonElement c) => c.GetProperty("version").GetGuid();

    private static async Task<List<InboxItem>> InboxAsync(HttpClient client, string? kind = null) =>
        (await client.GetAsync<Page<InboxItem>>("/api/v1/me/notifications?pageSize=200" + (kind is null ? "" : "&kind=" + kind))).Items;

    /// <summary>Waits for the job (after the command's commit) to write the item.</summary>
    private static async Task<InboxItem> WaitForAsync(HttpClient client, string kind, Guid recordId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var item = (await InboxAsync(client, kind)).FirstOrDefault(i => i.RecordId == recordId);
            if (item is not null) return item;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No {kind} about {recordId} arrived.");
            await Task.Delay(200);
        }
    }

    /// <summary>Asserted once the expected recipients have theirs: one job writes every recipient of an event in one save.</summary>
    private async Task ShouldHaveNothingAboutAsync(Guid recordId, params string[] emails)
    {
        foreach (var email in emails)
        {
            using var client = await World.ClientForAsync(email);
            (await InboxAsync(client)).Where(i => i.RecordId == recordId).ShouldBeEmpty($"{email} should not hear of {recordId}");
        }
    }
}

public sealed class NotificationsOnPostgres(SharedPostgres api) : NotificationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class NotificationsOnSqlite(SharedSqlite api) : NotificationTests(api.Factory), IClassFixture<SharedSqlite>;
