using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Cases;

/// <summary>
/// A sensitive case's content (its client's name in the case and work lists, its counselling sessions: topic, relative,
/// scores) reaches only its assigned worker and the unit head, and each of their reads leaves an audit entry; a colleague's
/// or a collaborator's lists carry nothing of it and leave none. In a tenant of its own.
/// </summary>
public abstract class SensitiveCaseReadTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task Only_the_assigned_worker_and_the_unit_head_read_a_sensitive_case_and_each_read_is_audited()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Kín");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var colleagueEmail = $"colleague-{tag}@test.vn";
        await World.NewUserAsync(colleagueEmail, UserRole.SocialWorker, tenant.HospitalId, null);
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        using var colleague = await World.ClientForAsync(colleagueEmail);
        using var collaborator = await tenant.CollaboratorAsync();
        var today = VietnamClock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var late = VietnamClock.Today().AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var name = "Bé Bí Mật " + tag;
        var clientId = (await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = name, birthYear = 2016, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var caseId = (await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "High", riskLevel = "High", isSensitive = true, intakeSource = "Self", presentingProblem = "Bị xâm hại",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await worker.PostJsonAsync("/api/v1/counselling-sessions", new
        {
            clientId, caseId, withRelative = true, relativeName = "Mẹ Kín " + tag, heldOn = today, durationMinutes = 45, topic = "Chủ đề kín " + tag,
            distressBefore = 9, distressAfter = 6,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/tasks", new { title = "Việc kín " + tag, dueOn = late })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reads = new[]
        {
            $"/api/v1/counselling-sessions?from={today}&to={today}", $"/api/v1/counselling-sessions?clientId={clientId}",
            "/api/v1/cases?pageSize=200", "/api/v1/cases/work-lists",
        };

        // A colleague and a collaborator: nothing of it in any of these answers, and no audit entry.
        var before = await AuditAsync(caseId);
        foreach (var client in new[] { colleague, collaborator })
        {
            foreach (var url in reads)
            {
                var response = await client.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.Forbidden) continue;
                response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
                var body = await response.Content.ReadAsStringAsync();
                body.ShouldNotContain(tag, Case.Insensitive, $"{url} leaks the sensitive case");
                body.ShouldNotContain(caseId.ToString(), Case.Insensitive, $"{url} leaks the sensitive case");
            }
        }
        (await AuditAsync(caseId)).Count.ShouldBe(before.Count);

        // The assigned worker and the unit head read it; each read is audited under their name.
        foreach (var (client, email) in new[] { (worker, tenant.WorkerEmail), (head, tenant.AdminEmail) })
        {
            var log = await (await client.GetAsync(reads[0])).ReadAsync<JsonElement>();
            var session = log.EnumerateArray().Single(s => s.GetProperty("caseId").ValueKind == JsonValueKind.String && s.GetProperty("caseId").GetGuid() == caseId);
            session.GetProperty("topic").GetString().ShouldBe("Chủ đề kín " + tag);
            (await (await client.GetAsync(reads[2])).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                .ShouldContain(c => c.GetProperty("id").GetGuid() == caseId && c.GetProperty("clientName").GetString() == name);
            (await (await client.GetAsync(reads[3])).ReadAsync<JsonElement>()).GetProperty("overdueTasks").EnumerateArray()
                .ShouldContain(t => t.GetProperty("caseId").GetGuid() == caseId);
            var userId = await UserIdAsync(email);
            var entries = (await AuditAsync(caseId)).Where(a => a.UserId == userId).Select(a => a.Action).ToList();
            entries.ShouldContain("counselling.list");
            entries.ShouldContain("case.list");
            entries.ShouldContain("case.work-lists");
        }
    }

    private async Task<List<(Guid? UserId, string Action)>> AuditAsync(Guid caseId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.AuditEntries.IgnoreTenant().Where(a => a.EntityId == caseId).Select(a => new { a.UserId, a.Action }).ToListAsync())
            .Select(a => (a.UserId, a.Action)).ToList();
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}

public sealed class SensitiveCaseReadsOnPostgres(SharedPostgres api) : SensitiveCaseReadTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class SensitiveCaseReadsOnSqlite(SharedSqlite api) : SensitiveCaseReadTests(api.Factory), IClassFixture<SharedSqlite>;
