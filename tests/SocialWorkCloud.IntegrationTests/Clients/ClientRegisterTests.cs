using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Clients;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Text;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Clients;

public abstract class ClientRegisterTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Letters only: a search term with a digit is read as an identifier.</summary>
    private static string Letters(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => (char)('a' + Random.Shared.Next(26))));

    private static string Digits(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => Random.Shared.Next(10)));

    [Fact]
    public async Task Same_name_ignoring_diacritics_and_case_with_the_same_birth_year_is_a_likely_duplicate()
    {
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var name = Unique("Nguyễn Văn Ấn");
        var first = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = name, birthYear = 1970, sex = "Male" })).ReadAsync<JsonElement>(HttpStatusCode.Created);

        var folded = name.Replace("Nguyễn Văn Ấn", "NGUYEN van an", StringComparison.Ordinal);
        var conflict = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = folded, birthYear = 1970, sex = "Male" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var match = conflict.GetProperty("matches").EnumerateArray().Single();
        match.GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        match.GetProperty("matchedOn").EnumerateArray().Select(e => e.GetString()).ShouldBe(["nameAndBirthYear"]);

        // Another birth year is another person.
        await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = folded, birthYear = 1971 })).ReadAsync<JsonElement>(HttpStatusCode.Created);

        // Create anyway is recorded on the client and in the audit log.
        var anyway = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = folded, birthYear = 1970, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        anyway.GetProperty("createdDespiteMatches").GetBoolean().ShouldBeTrue();
        (await AuditCountAsync(anyway.GetProperty("id").GetGuid(), "client.create-despite-matches")).ShouldBe(1);
    }

    [Fact]
    public async Task Same_national_id_insurance_number_or_patient_id_is_a_hard_stop_only_within_the_facility()
    {
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var cccd = Digits(12);
        var insurance = "DN" + Digits(13);
        var patient = "BN-" + Digits(8);
        await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = Unique("Lê Thị Một"), nationalId = cccd, insuranceNumber = insurance, patientId = patient }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);

        foreach (var (field, body) in new (string, object)[]
                 {
                     ("nationalId", new { fullName = Unique("Khác"), nationalId = cccd }),
                     ("insuranceNumber", new { fullName = Unique("Khác"), insuranceNumber = insurance.ToLowerInvariant() }),
                     ("patientId", new { fullName = Unique("Khác"), patientId = patient }),
                 })
        {
            var problem = await (await worker.PostJsonAsync("/api/v1/clients", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            problem.GetProperty("code").GetString().ShouldBe("client-same-identifier");
            problem.GetProperty("matches")[0].GetProperty("matchedOn").EnumerateArray().Select(e => e.GetString()).ShouldContain(field);
            problem.GetProperty("matches")[0].GetProperty("nationalIdMasked").GetString().ShouldBe("********" + cccd[^4..]);
            // "Create anyway" does not get past the same identifier: the worker opens the existing client.
            var anyway = JsonSerializer.SerializeToNode(body)!.AsObject();
            anyway["createAnyway"] = true;
            (await (await worker.PostJsonAsync("/api/v1/clients", anyway)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("client-same-identifier");
        }

        // Hospital B's register is another tenant's: no match, nothing disclosed.
        using var other = await World.ClientForAsync(TestWorld.WorkerBEmail);
        await (await other.PostJsonAsync("/api/v1/clients", new { fullName = Unique("Khác"), nationalId = cccd })).ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Search_ignores_diacritics_pages_and_masks_identifiers_in_the_list()
    {
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var tag = Letters(6);
        var cccd = Digits(12);
        var phone = "09" + Digits(8);
        for (var i = 0; i < 3; i++)
        {
            await (await worker.PostJsonAsync("/api/v1/clients", new
            {
                fullName = $"Đặng Thị Hòa{tag} {i}", birthYear = 1990 + i, nationalId = i == 0 ? cccd : null, phone = i == 0 ? phone : null,
                vulnerabilities = i == 0 ? new[] { "Elderly", "Hardship" } : new[] { "Hardship" },
            })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        }

        var page = await (await worker.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString($"dang thi hoa{tag}")}&pageSize=2&page=1")).ReadAsync<JsonElement>();
        page.GetProperty("totalCount").GetInt32().ShouldBe(3);
        page.GetProperty("totalIsLowerBound").GetBoolean().ShouldBeFalse();
        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        var firstRow = page.GetProperty("items")[0];
        firstRow.GetProperty("fullName").GetString().ShouldBe($"Đặng Thị Hòa{tag} 0");
        firstRow.GetProperty("nationalIdMasked").GetString().ShouldBe("********" + cccd[^4..]);
        firstRow.GetProperty("phoneMasked").GetString().ShouldBe("******" + phone[^4..]);
        page.ToString().ShouldNotContain(cccd);
        page.ToString().ShouldNotContain(phone);

        // The full CCCD finds the client too.
        var byId = await (await worker.GetAsync($"/api/v1/clients?search={cccd}")).ReadAsync<JsonElement>();
        byId.GetProperty("items").EnumerateArray().Single().GetProperty("fullName").GetString().ShouldBe($"Đặng Thị Hòa{tag} 0");
        var elderly = await (await worker.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString($"Đặng thị hòa{tag}")}&vulnerability=Elderly")).ReadAsync<JsonElement>();
        elderly.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_name_search_finds_the_client()
    {
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var given = "Quyên" + Letters(6);
        var created = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = $"Phạm Thị {given}" })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var found = await (await worker.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(given.Replace("ê", "e", StringComparison.Ordinal).ToUpperInvariant())}")).ReadAsync<JsonElement>();
        found.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Any_run_of_whole_name_parts_finds_the_client_without_accents_and_follows_a_rename()
    {
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var given = "Hà" + Letters(6);
        var created = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = $"Nguyễn Thị Thu {given}" })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        async Task<List<Guid>> SearchAsync(string term) =>
            (await (await worker.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(term)}&pageSize=200")).ReadAsync<JsonElement>())
            .GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();

        var folded = VietnameseText.Fold(given);
        (await SearchAsync($"thu {folded}")).ShouldBe([id]);
        (await SearchAsync($"THI THU {folded}")).ShouldBe([id]);
        (await SearchAsync($"Thu {given[..3]}")).ShouldContain(id);   // the last part may be unfinished while typing
        (await SearchAsync($"nguyen thi thu {folded}")).ShouldBe([id]);
        (await SearchAsync($"hu {folded}")).ShouldNotContain(id);     // whole parts only
        (await SearchAsync($"thi {folded}")).ShouldNotContain(id);    // a run, in the name's order

        await (await worker.PutJsonAsync($"/api/v1/clients/{id}", new { fullName = $"Nguyễn Thị Ngọc {given}", sex = "Female", version = created.GetProperty("version").GetGuid() }))
            .ReadAsync<JsonElement>();
        (await SearchAsync($"thu {folded}")).ShouldNotContain(id);
        (await SearchAsync($"ngoc {folded}")).ShouldBe([id]);
        (await SearchAsync(folded)).ShouldBe([id]);
    }

    [Fact]
    public async Task Full_identifiers_only_on_the_client_page_for_permitted_users_and_each_view_is_audited()
    {
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var cccd = Digits(12);
        var created = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = Unique("Hoàng Văn Lộc"), nationalId = cccd, phone = "0912345678" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var before = await AuditCountAsync(id, "client.view-identifiers");

        var page = await (await worker.GetAsync($"/api/v1/clients/{id}")).ReadAsync<JsonElement>();
        page.GetProperty("nationalId").GetString().ShouldBe(cccd);
        page.GetProperty("phone").GetString().ShouldBe("0912345678");
        page.GetProperty("identifiersShown").GetBoolean().ShouldBeTrue();
        (await AuditCountAsync(id, "client.view-identifiers")).ShouldBe(before + 1);

        // A collaborator does not browse the register at all.
        using var collaborator = await World.ClientForAsync(TestWorld.CollaboratorA);
        await (await collaborator.GetAsync($"/api/v1/clients/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await collaborator.GetAsync("/api/v1/clients")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Registering_answers_the_clients_page_as_a_read_would_and_audits_the_identifiers_shown_once()
    {
        // The answer is built from the saved client, not re-read (issue 19): it must be the page a GET returns.
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var created = await (await worker.PostJsonAsync("/api/v1/clients", new
        {
            fullName = Unique("Đinh Thị Thu Hà"), birthYear = 1961, sex = "Female", nationalId = Digits(12), phone = "0987654321",
            insuranceNumber = "HT" + Digits(13), communeWard = "Phường Hạc Thành", vulnerabilities = new[] { "Elderly", "Hardship" },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        (await AuditCountAsync(id, "client.view-identifiers")).ShouldBe(1);

        var page = await (await worker.GetAsync($"/api/v1/clients/{id}")).ReadAsync<JsonElement>();
        // Every member alike; the creation time to the millisecond (SQLite keeps less than the clock's ticks).
        static string WithoutTime(JsonElement e) => System.Text.Json.Nodes.JsonNode.Parse(e.GetRawText())!.AsObject()
            .Where(p => p.Key != "createdAt").Aggregate("", (text, p) => text + p.Key + "=" + p.Value?.ToJsonString() + ";");
        WithoutTime(created).ShouldBe(WithoutTime(page));
        (created.GetProperty("createdAt").GetDateTimeOffset() - page.GetProperty("createdAt").GetDateTimeOffset()).Duration()
            .ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
        created.GetProperty("identifiersShown").GetBoolean().ShouldBeTrue();
        created.GetProperty("cases").GetArrayLength().ShouldBe(0);
        (await AuditCountAsync(id, "client.view-identifiers")).ShouldBe(2);
    }

    [Fact]
    public async Task Merging_keeps_every_history_on_the_kept_client()
    {
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        using var head = await World.ClientForAsync(TestWorld.AdminA);
        var kept = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = Unique("Bùi Văn Giữ"), vulnerabilities = new[] { "Elderly" } }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var cccd = Digits(12);
        var duplicate = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = Unique("Bui Van Giu"), nationalId = cccd, vulnerabilities = new[] { "Disability" } }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var duplicateId = duplicate.GetProperty("id").GetGuid();
        var opened = await (await worker.PostJsonAsync("/api/v1/cases", new { clientId = duplicateId, priority = "Normal", riskLevel = "Low", intakeSource = "Self", presentingProblem = "Khó khăn" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);

        var keptId = kept.GetProperty("id").GetGuid();
        await (await worker.PostJsonAsync($"/api/v1/clients/{keptId}/merge", new { duplicateId, version = kept.GetProperty("version").GetGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var merged = await (await head.PostJsonAsync($"/api/v1/clients/{keptId}/merge", new { duplicateId, version = kept.GetProperty("version").GetGuid() }))
            .ReadAsync<JsonElement>();
        merged.GetProperty("nationalId").GetString().ShouldBe(cccd);
        merged.GetProperty("vulnerabilities").EnumerateArray().Select(v => v.GetString()).ShouldBe(["Disability", "Elderly"]);
        merged.GetProperty("cases").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(opened.GetProperty("id").GetGuid());

        var old = await (await head.GetAsync($"/api/v1/clients/{duplicateId}")).ReadAsync<JsonElement>();
        old.GetProperty("mergedIntoId").GetGuid().ShouldBe(keptId);
        // A stale version or a second merge is refused.
        await (await head.PostJsonAsync($"/api/v1/clients/{keptId}/merge", new { duplicateId, version = merged.GetProperty("version").GetGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_broad_search_counts_up_to_a_thousand_and_says_so_while_pages_keep_their_order()
    {
        // A register of its own, so the thousand clients stay out of the other tests' figures.
        var facility = await World.NewActivityFacilityAsync(name: "Bệnh viện đếm");
        var family = "Khuc" + Letters(5);
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facility.Id);
            db.Clients.AddRange(Enumerable.Range(0, ClientSearch.CountCap + 10).Select(i => $"{family} Văn Tâm {i:D4}").Append($"{family} Xuân Hoa").Select(name =>
            {
                return new Client(name)
                {
                    Id = Guid.NewGuid(),
                    CreatedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid(),
                };
            }));
            await db.SaveChangesAsync();
        }

        var first = await (await facility.Admin.GetAsync($"/api/v1/clients?search={family.ToUpperInvariant()}&pageSize=50")).ReadAsync<JsonElement>();
        first.GetProperty("totalCount").GetInt32().ShouldBe(ClientSearch.CountCap);
        first.GetProperty("totalIsLowerBound").GetBoolean().ShouldBeTrue();
        first.GetProperty("totalPages").GetInt32().ShouldBe(ClientSearch.CountCap / 50);
        first.GetProperty("items")[0].GetProperty("fullName").GetString().ShouldBe($"{family} Văn Tâm 0000");

        var last = await (await facility.Admin.GetAsync($"/api/v1/clients?search={family}&pageSize=50&page=21")).ReadAsync<JsonElement>();
        last.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("fullName").GetString())
            .ShouldBe(Enumerable.Range(1000, 10).Select(i => $"{family} Văn Tâm {i:D4}").Append($"{family} Xuân Hoa"));

        // More of the name narrows it to an exact count again.
        var one = await (await facility.Admin.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(family + " xuan")}")).ReadAsync<JsonElement>();
        one.GetProperty("totalCount").GetInt32().ShouldBe(1);
        one.GetProperty("totalIsLowerBound").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_client_is_corrected_with_the_version_read_and_a_duplicate_identifier_needs_confirmation()
    {
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var cccd = Digits(12);
        await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = Unique("Vũ Thị Có"), nationalId = cccd })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var created = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = Unique("Vu Thi Sai"), birthYear = 1985, sex = "Female" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetGuid();
        var fixedName = "Vũ Thị Sửa " + Letters(6);

        var edited = await (await worker.PutJsonAsync($"/api/v1/clients/{id}", new
        {
            fullName = fixedName, birthYear = 1986, sex = "Female", phone = "0987 654 321", vulnerabilities = new[] { "Hardship" }, version,
        })).ReadAsync<JsonElement>();
        edited.GetProperty("fullName").GetString().ShouldBe(fixedName);
        edited.GetProperty("birthYear").GetInt32().ShouldBe(1986);
        edited.GetProperty("phone").GetString().ShouldBe("0987654321");
        edited.GetProperty("version").GetGuid().ShouldNotBe(version);
        (await AuditCountAsync(id, "client.update")).ShouldBe(1);
        // The new name is found without its accents.
        var found = await (await worker.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(VietnameseText.Fold(fixedName))}")).ReadAsync<JsonElement>();
        found.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(id);

        // The version read before the edit is stale.
        await (await worker.PutJsonAsync($"/api/v1/clients/{id}", new { fullName = fixedName, sex = "Female", version }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Another client's national ID: the matches come back and nothing is saved until confirmed.
        var current = edited.GetProperty("version").GetGuid();
        var conflict = await (await worker.PutJsonAsync($"/api/v1/clients/{id}", new { fullName = fixedName, birthYear = 1986, sex = "Female", nationalId = cccd, version = current }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        conflict.GetProperty("matches")[0].GetProperty("matchedOn").EnumerateArray().Select(e => e.GetString()).ShouldBe(["nationalId"]);
        var unchanged = await (await worker.GetAsync($"/api/v1/clients/{id}")).ReadAsync<JsonElement>();
        unchanged.GetProperty("nationalId").ValueKind.ShouldBe(JsonValueKind.Null);
        // Saving anyway does not get past another client's national ID: that is the same person.
        (await (await worker.PutJsonAsync($"/api/v1/clients/{id}", new
        {
            fullName = fixedName, birthYear = 1986, sex = "Female", nationalId = cccd, version = unchanged.GetProperty("version").GetGuid(), saveAnyway = true,
        })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("client-same-identifier");
        var confirmed = await (await worker.GetAsync($"/api/v1/clients/{id}")).ReadAsync<JsonElement>();
        confirmed.GetProperty("nationalId").ValueKind.ShouldBe(JsonValueKind.Null);

        // Collaborators do not edit client records.
        using var collaborator = await World.ClientForAsync(TestWorld.CollaboratorA);
        await (await collaborator.PutJsonAsync($"/api/v1/clients/{id}", new { fullName = fixedName, sex = "Female", version = confirmed.GetProperty("version").GetGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<int> AuditCountAsync(Guid entityId, string action)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.IgnoreTenant().CountAsync(a => a.EntityId == entityId && a.Action == action);
    }
}

public sealed class ClientRegisterOnPostgres(SharedPostgres api) : ClientRegisterTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ClientRegisterOnSqlite(SharedSqlite api) : ClientRegisterTests(api.Factory), IClassFixture<SharedSqlite>;
