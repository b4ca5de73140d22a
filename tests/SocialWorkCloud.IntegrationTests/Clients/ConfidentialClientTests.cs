using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Clients;

/// <summary>
/// A client with a sensitive case is confidential to a colleague who sees none of that client's cases: out of the register
/// and its search, 404 by id, a duplicate warning without name or id. The assigned worker and the unit head see the client,
/// each read audited on the sensitive case; a colleague who works the client's ordinary case sees the client again.
/// </summary>
public abstract class ConfidentialClientTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task A_client_of_a_sensitive_case_is_confidential_to_colleagues_and_audited_for_who_may_see_it()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Giữ Kín");
        // Letters only: a search term with a digit is read as an identifier.
        var tag = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(ch => (char)('a' + Convert.ToInt32(ch.ToString(), 16))));
        var colleagueEmail = $"colleague-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(colleagueEmail, UserRole.SocialWorker, tenant.HospitalId, null);
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        using var colleague = await World.ClientForAsync(colleagueEmail);

        var name = "Hoàng Thị Giấu " + tag;
        var folded = "hoang thi giau " + tag;
        var clientId = (await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = name, birthYear = 1989, sex = "Female", createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var caseId = (await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "High", riskLevel = "High", isSensitive = true, intakeSource = "Self", presentingProblem = "Bị bạo hành",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var reads = new[] { "/api/v1/clients?pageSize=200", $"/api/v1/clients?search={Uri.EscapeDataString(folded)}", $"/api/v1/clients?search={tag}", "/api/v1/clients?search=giau" };

        // The colleague: not in the register nor its search, 404 by id (read and edit), a duplicate warning with nothing in it.
        var before = await AuditAsync(caseId);
        foreach (var url in reads)
        {
            var body = await (await colleague.GetAsync(url)).Content.ReadAsStringAsync();
            body.ShouldNotContain(tag, Case.Insensitive, url);
            body.ShouldNotContain(clientId.ToString(), Case.Insensitive, url);
        }
        await (await colleague.GetAsync($"/api/v1/clients/{clientId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await colleague.PutJsonAsync($"/api/v1/clients/{clientId}", new { fullName = "Đổi Tên", sex = "Female", version = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var duplicate = await colleague.PostJsonAsync("/api/v1/clients", new { fullName = name, birthYear = 1989, sex = "Female" });
        var duplicateText = await duplicate.Content.ReadAsStringAsync();
        var problem = await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("client-likely-duplicate");
        var match = problem.GetProperty("matches").EnumerateArray().Single();
        match.GetProperty("id").GetGuid().ShouldBe(Guid.Empty);
        match.GetProperty("fullName").GetString()!.ShouldStartWith("Một khách hàng bảo mật");
        duplicateText.ShouldNotContain(tag);
        duplicateText.ShouldNotContain(clientId.ToString());
        (await AuditAsync(caseId)).Count.ShouldBe(before.Count);

        // The assigned worker and the unit head find the client and open the page; each read is audited on the sensitive case.
        foreach (var (client, email) in new[] { (worker, tenant.WorkerEmail), (head, tenant.AdminEmail) })
        {
            var page = await (await client.GetAsync(reads[1])).ReadAsync<JsonElement>();
            page.GetProperty("items").EnumerateArray().ShouldContain(c => c.GetProperty("id").GetGuid() == clientId && c.GetProperty("fullName").GetString() == name);
            (await (await client.GetAsync($"/api/v1/clients/{clientId}")).ReadAsync<JsonElement>()).GetProperty("fullName").GetString().ShouldBe(name);
            var userId = await UserIdAsync(email);
            var actions = (await AuditAsync(caseId)).Where(a => a.UserId == userId).Select(a => a.Action).ToList();
            actions.ShouldContain("client.list");
            actions.ShouldContain("client.view");
        }

        // Once the client has an ordinary case the colleague may see, the name is no secret from them: the register shows it.
        (await head.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "Normal", riskLevel = "Low", intakeSource = "Self", presentingProblem = "Hỗ trợ viện phí",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await colleague.GetAsync(reads[1])).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .ShouldContain(c => c.GetProperty("id").GetGuid() == clientId);
        var seen = await (await colleague.GetAsync($"/api/v1/clients/{clientId}")).ReadAsync<JsonElement>();
        seen.GetProperty("cases").GetArrayLength().ShouldBe(1);
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

public sealed class ConfidentialClientsOnPostgres(SharedPostgres api) : ConfidentialClientTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ConfidentialClientsOnSqlite(SharedSqlite api) : ConfidentialClientTests(api.Factory), IClassFixture<SharedSqlite>;
