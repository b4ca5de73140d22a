using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Domain.Supervision;
using SocialWorkCloud.Domain.Workforce;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>
/// The daily deadline job, driven on chosen Vietnamese dates (the job takes the day it runs for): each deadline
/// reaches the inbox of who must act, read back through the API, once — a re-run adds nothing. In a tenant of its own.
/// </summary>
public abstract class DeadlineNotificationTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    /// <summary>The day of the first run: quarter 3 of 2026 ended on 30/09, its report is due on 15/10 (the default, 15 days after).</summary>
    private static readonly DateOnly Day = new(2026, 10, 12);

    [Fact]
    public async Task Each_deadline_reaches_who_must_act_once()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Hạn");
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var caseId = await CaseAsync(worker);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var dueToday = Guid.NewGuid();
        var late = Guid.NewGuid();
        Guid visitId;
        await using (var scope = factory.CreateScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant.HospitalId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            FollowUpTask Task(Guid id, string title, DateOnly dueOn, bool done = false) => new()
            {
                Id = id, FacilityId = tenant.HospitalId, CaseId = caseId, Title = title + " " + tag, DueOn = dueOn, AssigneeId = tenant.WorkerId,
                CreatedAt = DateTimeOffset.UtcNow, DoneAt = done ? DateTimeOffset.UtcNow : null,
            };
            db.FollowUpTasks.AddRange(Task(dueToday, "Gọi điện cho gia đình", Day), Task(late, "Thăm nhà", Day.AddDays(-3)),
                Task(Guid.NewGuid(), "Đã xong", Day.AddDays(-1), done: true), Task(Guid.NewGuid(), "Tháng sau", Day.AddDays(60)));

            var visit = SupervisionVisit.Plan(Guid.NewGuid(), tenant.ProvinceId, tenant.HospitalId, Day.AddDays(-20), "Giám sát định kỳ", [], null, DateTimeOffset.UtcNow);
            visit.Record(Day.AddDays(-20), "Giám sát định kỳ", [], Day.AddDays(-20), "Thiếu sổ theo dõi");
            db.SupervisionVisits.Add(visit);
            db.SupervisionRecommendations.AddRange(visit.AddRecommendation(Guid.NewGuid(), 1, "Lập sổ theo dõi " + tag, Day.AddDays(3)),
                visit.AddRecommendation(Guid.NewGuid(), 2, "Đào tạo cộng tác viên " + tag, Day.AddDays(40)));
            visit.Close(DateTimeOffset.UtcNow);
            visitId = visit.Id;

            StaffMember Staff(string name) => new()
            {
                Id = Guid.NewGuid(), FacilityId = tenant.HospitalId, FullName = name + " " + tag, SearchName = name.ToLowerInvariant(), Role = StaffRole.SocialWorker,
                JoinedOn = new DateOnly(2020, 1, 1), CreatedAt = DateTimeOffset.UtcNow,
            };
            PracticeCertificate Certificate(StaffMember s, DateOnly? expiresOn) => new()
            {
                Id = Guid.NewGuid(), FacilityId = tenant.HospitalId, StaffMemberId = s.Id, Number = "CC-" + Guid.NewGuid().ToString("N")[..6], Issuer = "Sở Y tế",
                IssuedOn = new DateOnly(2021, 1, 1), ExpiresOn = expiresOn, CreatedAt = DateTimeOffset.UtcNow,
            };
            var expiring = Staff("Trần Thị Hết");
            var without = Staff("Lê Văn Chưa");
            var valid = Staff("Phạm Thị Đủ");
            db.StaffMembers.AddRange(expiring, without, valid);
            db.PracticeCertificates.AddRange(Certificate(expiring, Day.AddDays(30)), Certificate(valid, null));
            await db.SaveChangesAsync();
        }

        // The first day: the report due in 3 days, today's task (its worker), the late task (worker and head), the recommendation
        // due in 3 days, the expiring certificate and this month's reminder of the one practising without.
        (await RunAsync(tenant.HospitalId, Day)).ShouldBe(7);
        var headItems = await InboxAsync(head);
        headItems.Select(i => i.Kind).Order().ShouldBe(new[]
        {
            "CertificateExpiring", "PractisingWithoutCertificate", "RecommendationDue", "ReportDue", "TaskOverdue",
        }.Order());
        var report = headItems.Single(i => i.Kind == "ReportDue");
        report.Text.ShouldContain("01/07/2026–30/09/2026");
        report.Text.ShouldContain("15/10/2026");
        report.Path.ShouldBe("/reports");
        headItems.Single(i => i.Kind == "TaskOverdue").Text.ShouldContain("Thăm nhà " + tag);
        headItems.Single(i => i.Kind == "TaskOverdue").Path.ShouldBe($"/cases/{caseId}");
        headItems.Single(i => i.Kind == "RecommendationDue").Text.ShouldContain("Lập sổ theo dõi " + tag);
        headItems.Single(i => i.Kind == "RecommendationDue").Path.ShouldBe($"/supervision/visits/{visitId}");
        headItems.Single(i => i.Kind == "CertificateExpiring").Text.ShouldContain("Trần Thị Hết " + tag);
        headItems.Single(i => i.Kind == "PractisingWithoutCertificate").Text.ShouldStartWith("1 ");
        var workerItems = await InboxAsync(worker);
        workerItems.Select(i => (i.Kind, i.Text.Contains("Gọi điện", StringComparison.Ordinal) ? "today" : "late")).Order()
            .ShouldBe(new[] { ("TaskDue", "today"), ("TaskOverdue", "late") }.Order());
        foreach (var other in new[] { tenant.CollaboratorEmail, tenant.OfficerEmail, TestWorld.AdminA, TestWorld.AdminB })
        {
            using var client = await World.ClientForAsync(other);
            (await InboxAsync(client)).ShouldNotContain(i => i.Text.Contains(tag) || i.RecordId == caseId || i.RecordId == visitId, $"{other} must not hear of them");
        }

        // A re-run the same day adds nothing.
        (await RunAsync(tenant.HospitalId, Day)).ShouldBe(0);
        (await InboxAsync(head)).Count.ShouldBe(5);
        (await InboxAsync(worker)).Count.ShouldBe(2);

        // Past the due dates: the report, today's task and the recommendation are overdue (each once); the certificate
        // and the month's reminder were said already.
        var later = new DateOnly(2026, 10, 20);
        (await RunAsync(tenant.HospitalId, later)).ShouldBe(4);
        (await RunAsync(tenant.HospitalId, later)).ShouldBe(0);
        (await InboxAsync(head)).Select(i => i.Kind).Count(k => k is "ReportOverdue" or "RecommendationOverdue" or "TaskOverdue").ShouldBe(4);
        (await InboxAsync(worker)).Count(i => i.Kind == "TaskOverdue").ShouldBe(2);

        // Practising without a certificate: reminded monthly until 1 January 2027, never after.
        (await RunAsync(tenant.HospitalId, new DateOnly(2026, 11, 2))).ShouldBe(1);
        (await InboxAsync(head)).Count(i => i.Kind == "PractisingWithoutCertificate").ShouldBe(2);
        await RunAsync(tenant.HospitalId, new DateOnly(2027, 1, 5));
        (await InboxAsync(head)).Count(i => i.Kind == "PractisingWithoutCertificate").ShouldBe(2);
    }

    /// <summary>
    /// What a command makes due is in the inbox at once (through its outbox message), under the daily run's keys: the
    /// daily run afterwards adds nothing. Something not yet due publishes nothing.
    /// </summary>
    [Fact]
    public async Task What_a_command_makes_due_is_announced_at_once_and_the_daily_run_adds_nothing()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Ngay");
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        using var officer = await tenant.OfficerAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var today = VietnamClock.Today();
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var caseId = await CaseAsync(worker);

        // A task not due for weeks publishes nothing; one entered late reaches its worker and the unit head at once.
        (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/tasks", new { title = "Tháng sau " + tag, dueOn = Iso(today.AddDays(20)) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ChangesAsync(tenant.HospitalId)).ShouldBe(0);
        (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/tasks", new { title = "Gọi lại gia đình " + tag, dueOn = Iso(today.AddDays(-2)) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Inboxes.WaitForAsync(worker, "TaskOverdue", caseId)).Text.ShouldContain("Gọi lại gia đình " + tag);
        await Inboxes.WaitForAsync(head, "TaskOverdue", caseId);

        // A certificate entered expiring within 60 days: the unit head at once.
        var staff = await (await head.PostJsonAsync("/api/v1/workforce/staff", new
        {
            fullName = "Đỗ Thị Sắp Hết " + tag, role = "SocialWorker", employmentType = "Permanent", qualificationLevel = "Bachelor", qualificationMajor = "SocialWork",
            joinedOn = "2020-01-01",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var staffId = staff.GetProperty("id").GetGuid();
        (await head.PostJsonAsync($"/api/v1/workforce/staff/{staffId}/certificates",
            new { number = "CC-" + tag, issuer = "Sở Y tế", issuedOn = "2022-01-01", expiresOn = Iso(today.AddDays(30)) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Inboxes.WaitForAsync(head, "CertificateExpiring", staffId)).Text.ShouldContain("Đỗ Thị Sắp Hết " + tag);

        // The province issues a visit's minutes with a recommendation due in 3 days: the visited unit's head at once.
        var team = new[] { new { name = "Nguyễn Thị Hồng", title = "Trưởng đoàn" } };
        var visit = await (await officer.PostJsonAsync("/api/v1/supervision/visits", new { facilityId = tenant.HospitalId, plannedOn = Iso(today.AddDays(-10)), scope = "Kiểm tra CTXH", team }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var visitId = visit.GetProperty("id").GetGuid();
        visit = await (await officer.PutJsonAsync($"/api/v1/supervision/visits/{visitId}", new
        {
            version = visit.GetProperty("version").GetGuid(), plannedOn = Iso(today.AddDays(-10)), scope = "Kiểm tra CTXH", team,
            conductedOn = Iso(today.AddDays(-10)), findings = "Chưa có sổ theo dõi.",
        })).ReadAsync<JsonElement>();
        visit = await (await officer.PostJsonAsync($"/api/v1/supervision/visits/{visitId}/recommendations", new { text = "Lập sổ theo dõi " + tag, dueOn = Iso(today.AddDays(3)) }))
            .ReadAsync<JsonElement>();
        // The late task, the certificate and (before the rule applies) the new staff member; an open visit's recommendations are not final yet.
        (await ChangesAsync(tenant.HospitalId)).ShouldBe(today < CertificateRule.RequiredFrom ? 3 : 2);
        (await officer.PostJsonAsync($"/api/v1/supervision/visits/{visitId}/close", new { version = visit.GetProperty("version").GetGuid() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Inboxes.WaitForAsync(head, "RecommendationDue", visitId)).Text.ShouldContain("Lập sổ theo dõi " + tag);

        // The province moves the due date of the last ended quarter to the day after tomorrow: its facilities' unit heads at once.
        var quarter = DeadlineJobs.LastEnded(ReportPeriodKind.Quarter, today)!.Value;
        (await officer.PutJsonAsync($"/api/v1/provinces/{tenant.ProvinceId}/report-deadlines",
            new { kind = "Quarter", year = quarter.Year, number = quarter.Number, dueOn = Iso(today.AddDays(2)) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var label = $"{quarter.Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}–{quarter.End.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        await WaitForTextAsync(head, "ReportDue", label);

        // Nobody else heard of any of it.
        foreach (var other in new[] { tenant.CollaboratorEmail, tenant.OfficerEmail, TestWorld.AdminA, TestWorld.AdminB, TestWorld.Officer1 })
        {
            using var client = await World.ClientForAsync(other);
            (await Inboxes.ReadAsync(client)).ShouldNotContain(i => i.Text.Contains(tag) || i.RecordId == caseId || i.RecordId == visitId || i.RecordId == staffId,
                $"{other} must not hear of them");
        }

        // The daily run finds each of them said already.
        var before = (await Inboxes.ReadAsync(head)).Count + (await Inboxes.ReadAsync(worker)).Count;
        (await RunAsync(tenant.HospitalId, today)).ShouldBe(0);
        ((await Inboxes.ReadAsync(head)).Count + (await Inboxes.ReadAsync(worker)).Count).ShouldBe(before);
        (await Inboxes.ReadAsync(head)).Count(i => i.Kind == "TaskOverdue" && i.RecordId == caseId).ShouldBe(1);
        (await Inboxes.ReadAsync(head)).Count(i => i.Kind == "RecommendationDue").ShouldBe(1);
    }

    /// <summary>How many "deadlines changed" messages the facility's commands published.</summary>
    private async Task<int> ChangesAsync(Guid facilityId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.OutboxMessages.IgnoreTenant().CountAsync(m => m.Type == "notifications.deadlines-changed" && m.FacilityId == facilityId);
    }

    private static async Task WaitForTextAsync(HttpClient client, string kind, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!(await Inboxes.ReadAsync(client, kind)).Exists(i => i.Text.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No {kind} with {text} arrived.");
            await Task.Delay(200);
        }
    }

    private async Task<int> RunAsync(Guid facilityId, DateOnly today)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineJobs>().RaiseForFacilityAsync(facilityId, today, CancellationToken.None);
    }

    private static async Task<Guid> CaseAsync(HttpClient worker)
    {
        var person = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Vũ Văn Hạn", birthYear = 1970, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var c = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId = person.GetProperty("id").GetGuid(), priority = "High", riskLevel = "Medium", isSensitive = false,
            intakeSource = "Self", presentingProblem = "Cần hỗ trợ",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return c.GetProperty("id").GetGuid();
    }

    private static async Task<List<InboxItem>> InboxAsync(HttpClient client) =>
        (await client.GetAsync<Page<InboxItem>>("/api/v1/me/notifications?pageSize=200")).Items;
}

public sealed class DeadlineNotificationsOnPostgres(SharedPostgres api) : DeadlineNotificationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class DeadlineNotificationsOnSqlite(SharedSqlite api) : DeadlineNotificationTests(api.Factory), IClassFixture<SharedSqlite>;
