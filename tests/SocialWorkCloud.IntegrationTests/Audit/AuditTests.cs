using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Audit;

/// <summary>
/// The audit log through HTTP on the real databases: the unit head reads the facility's log by name and filter and
/// exports it; the platform admin reads the platform's; the hash chains (audit log, ledger) verify, and an edit or a
/// deletion made in the database behind the API's back is named by the verification.
/// </summary>
public abstract class AuditTests(ApiFactory factory)
{
    private static readonly DateOnly Today = VietnamClock.Today();

    private static string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + Random.Shared.Next(10))));

    /// <summary>The worker's own read of the client it has just created (the answer shows the national ID): the chain's first entry.</summary>
    private const int Created = 1;

    /// <summary>A client with a national ID in the tenant; the unit head's every read of it is an audit entry.</summary>
    private static async Task<Guid> NewClientAsync(HttpClient worker) =>
        (await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Phạm Văn Kiểm " + Digits(4), birthYear = 1960, sex = "Male", nationalId = Digits(12) }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task ReadClientAsync(HttpClient head, Guid client) =>
        await (await head.GetAsync($"/api/v1/clients/{client}")).ReadAsync<JsonElement>();

    private static async Task<JsonElement> VerifyAsync(HttpClient client, string url) => await (await client.GetAsync(url)).ReadAsync<JsonElement>();

    private static async Task<JsonElement> EntriesAsync(HttpClient head, string query = "") =>
        await (await head.GetAsync("/api/v1/audit/entries" + query)).ReadAsync<JsonElement>();

    private async Task<(Tenant Tenant, HttpClient Head, Guid Client)> TenantWithReadsAsync(int reads)
    {
        var tenant = await factory.World.NewTenantAsync("Bệnh viện kiểm toán");
        var head = await tenant.AdminAsync();
        var client = await NewClientAsync(await tenant.WorkerAsync());
        for (var i = 0; i < reads; i++) await ReadClientAsync(head, client);
        return (tenant, head, client);
    }

    [Fact]
    public async Task The_unit_head_reads_the_facilitys_log_by_name_filtered_newest_first_and_exports_it()
    {
        var (tenant, head, client) = await TenantWithReadsAsync(3);

        var all = await EntriesAsync(head);
        all.GetProperty("totalCount").GetInt32().ShouldBe(3 + Created);
        var items = all.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("position").GetInt64()).ShouldBe([4L, 3L, 2L, 1L]);
        items.ShouldAllBe(i => i.GetProperty("action").GetString() == "client.view-identifiers" && i.GetProperty("entityId").GetGuid() == client);
        items.Take(3).ShouldAllBe(i => i.GetProperty("userName").GetString() == tenant.AdminEmail);
        items[3].GetProperty("userName").GetString().ShouldBe(tenant.WorkerEmail);

        var headId = items[0].GetProperty("userId").GetGuid();
        (await EntriesAsync(head, $"?userId={headId}&entityType=Client&entityId={client}&action=client.&from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}&pageSize=2"))
            .GetProperty("totalCount").GetInt32().ShouldBe(3);
        (await EntriesAsync(head, $"?userId={tenant.WorkerId}")).GetProperty("totalCount").GetInt32().ShouldBe(Created);
        (await EntriesAsync(head, "?action=case.")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await EntriesAsync(head, $"?entityType=Client&entityId={Guid.NewGuid()}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await EntriesAsync(head, $"?to={Today.AddDays(-1):yyyy-MM-dd}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        var page2 = await EntriesAsync(head, "?page=2&pageSize=2");
        page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("position").GetInt64()).ShouldBe([2L, 1L]);

        // Bad filters are 400s, never 500s.
        await (await head.GetAsync($"/api/v1/audit/entries?from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await head.GetAsync("/api/v1/audit/entries?entityType=Client")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await head.GetAsync("/api/v1/audit/entries?pageSize=1000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var export = await head.GetAsync("/api/v1/audit/entries/export?action=client.view-identifiers");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(3 + Created);
        rows[0].Keys.ShouldContain("Người thực hiện");
        rows[0]["Người thực hiện"].ShouldBe(tenant.AdminEmail);
        rows[0]["Hành động"].ShouldBe("client.view-identifiers");
        rows[0]["Thời điểm"]!.ToString()!.ShouldStartWith(Today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_edit_behind_the_apis_back_is_named_and_other_chains_still_verify()
    {
        var (tenant, head, _) = await TenantWithReadsAsync(3);
        var (_, otherHead, _) = await TenantWithReadsAsync(2);
        var ok = await VerifyAsync(head, "/api/v1/audit/verification?chain=Audit");
        ok.GetProperty("ok").GetBoolean().ShouldBeTrue();
        ok.GetProperty("count").GetInt64().ShouldBe(3 + Created);

        // A database administrator rewrites the detail of an entry in the middle of the chain.
        var second = (await EntriesAsync(head)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("position").GetInt64() == 3).GetProperty("id").GetGuid();
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.AuditEntries.IgnoreQueryFilters().Where(e => e.Id == second).ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, "không có gì"))).ShouldBe(1);
        }
        var broken = await VerifyAsync(head, "/api/v1/audit/verification?chain=Audit");
        broken.GetProperty("ok").GetBoolean().ShouldBeFalse();
        var at = broken.GetProperty("firstBreak");
        at.GetProperty("rowId").GetGuid().ShouldBe(second);
        at.GetProperty("position").GetInt64().ShouldBe(3);
        at.GetProperty("problem").GetString().ShouldBe("content");
        broken.GetProperty("count").GetInt64().ShouldBe(2);
        at.GetProperty("expected").GetString().ShouldNotBe(at.GetProperty("found").GetString());

        // The other facility's chain, and this facility's ledger, are untouched.
        (await VerifyAsync(otherHead, "/api/v1/audit/verification")).GetProperty("ok").GetBoolean().ShouldBeTrue();
        (await VerifyAsync(head, "/api/v1/audit/verification?chain=Ledger")).GetProperty("ok").GetBoolean().ShouldBeTrue();
        await (await head.GetAsync("/api/v1/audit/verification?chain=Nothing")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        _ = tenant;
    }

    [Fact]
    public async Task A_deleted_row_breaks_the_chain_in_the_middle_and_at_the_end()
    {
        var (_, head, _) = await TenantWithReadsAsync(4);
        var ids = (await EntriesAsync(head)).GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("position").GetInt64(), i => i.GetProperty("id").GetGuid());
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.AuditEntries.IgnoreQueryFilters().Where(e => e.Id == ids[5]).ExecuteDeleteAsync()).ShouldBe(1);
        }
        var end = (await VerifyAsync(head, "/api/v1/audit/verification")).GetProperty("firstBreak");
        end.GetProperty("problem").GetString().ShouldBe("head");
        end.GetProperty("position").GetInt64().ShouldBe(5);

        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.AuditEntries.IgnoreQueryFilters().Where(e => e.Id == ids[3]).ExecuteDeleteAsync()).ShouldBe(1);
        }
        var middle = await VerifyAsync(head, "/api/v1/audit/verification");
        middle.GetProperty("ok").GetBoolean().ShouldBeFalse();
        middle.GetProperty("count").GetInt64().ShouldBe(2);
        var at = middle.GetProperty("firstBreak");
        at.GetProperty("rowId").GetGuid().ShouldBe(ids[4]);
        at.GetProperty("position").GetInt64().ShouldBe(3);
        at.GetProperty("problem").GetString().ShouldBe("position");
    }

    [Fact]
    public async Task Concurrent_appends_keep_one_chain_and_the_ledger_chain_names_an_edited_amount()
    {
        var tenant = await factory.World.NewTenantAsync("Bệnh viện sổ quỹ");
        var head = await tenant.AdminAsync();
        var worker = await tenant.WorkerAsync();
        var client = await NewClientAsync(worker);
        // Twenty reads at once: twenty writers of one chain; none may link to the same previous row.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ReadClientAsync(head, client)));
        var audit = await VerifyAsync(head, "/api/v1/audit/verification?chain=Audit");
        audit.GetProperty("ok").GetBoolean().ShouldBeTrue();
        audit.GetProperty("count").GetInt64().ShouldBe(20 + Created);

        var created = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns", new
        {
            kind = "Campaign", title = "Tết cho bệnh nhân", purpose = "Quà Tết", startDate = Today.AddDays(-3), endDate = Today.AddDays(30), targetAmount = 10_000_000,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var campaign = created.GetProperty("id").GetGuid();
        await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/status", new { version = created.GetProperty("version").GetGuid(), status = "Open" }))
            .ReadAsync<JsonElement>();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/cash-receipts",
            new { receivedOn = Today, amount = 100_000 + i, method = "Cash" })));
        var firstReceipt = Guid.Empty;
        foreach (var r in receipts)
        {
            var id = (await r.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            if (firstReceipt == Guid.Empty) firstReceipt = id;
        }
        await (await head.PostJsonAsync($"/api/v1/fundraising/entries/{firstReceipt}/reversal", new { reason = "Ghi nhầm số tiền" })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var ledger = await VerifyAsync(head, "/api/v1/audit/verification?chain=Ledger");
        ledger.GetProperty("ok").GetBoolean().ShouldBeTrue();
        ledger.GetProperty("count").GetInt64().ShouldBe(7);

        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.LedgerEntries.IgnoreQueryFilters().Where(e => e.Id == firstReceipt).ExecuteUpdateAsync(s => s.SetProperty(e => e.Amount, 1))).ShouldBe(1);
        }
        var broken = (await VerifyAsync(head, "/api/v1/audit/verification?chain=Ledger")).GetProperty("firstBreak");
        broken.GetProperty("rowId").GetGuid().ShouldBe(firstReceipt);
        broken.GetProperty("problem").GetString().ShouldBe("content");
        (await VerifyAsync(head, "/api/v1/audit/verification?chain=Audit")).GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_platform_admin_reads_and_verifies_the_platforms_log_and_nobody_reads_another_facilitys()
    {
        var world = factory.World;
        var platform = await world.ClientForAsync(TestWorld.Platform);
        var code = "AU" + Digits(6);
        var province = (await (await platform.PostJsonAsync("/api/v1/provinces", new { code, name = "Tỉnh kiểm toán " + code }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var log = await (await platform.GetAsync($"/api/v1/platform/audit/entries?entityType=Province&entityId={province}")).ReadAsync<JsonElement>();
        var entry = log.GetProperty("items").EnumerateArray().Single();
        entry.GetProperty("action").GetString().ShouldBe("province.create");
        entry.GetProperty("userName").GetString().ShouldBe(TestWorld.Platform);
        (await VerifyAsync(platform, "/api/v1/platform/audit/verification")).GetProperty("ok").GetBoolean().ShouldBeTrue();
        (await platform.GetAsync("/api/v1/platform/audit/entries/export")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Isolation: a facility's unit head sees only the facility's own log and chain.
        var (_, headA, clientA) = await TenantWithReadsAsync(2);
        var (tenantB, headB, _) = await TenantWithReadsAsync(1);
        (await EntriesAsync(headB, $"?entityType=Client&entityId={clientA}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await EntriesAsync(headB)).GetProperty("totalCount").GetInt32().ShouldBe(1 + Created);
        (await VerifyAsync(headB, "/api/v1/audit/verification")).GetProperty("count").GetInt64().ShouldBe(1 + Created);
        (await VerifyAsync(headA, "/api/v1/audit/verification")).GetProperty("count").GetInt64().ShouldBe(2 + Created);

        // Nobody else reads a facility's log, and no facility reads the platform's.
        foreach (var other in new[] { await tenantB.WorkerAsync(), await tenantB.OfficerAsync(), platform })
        {
            (await other.GetAsync("/api/v1/audit/entries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await other.GetAsync("/api/v1/audit/verification")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await other.GetAsync("/api/v1/audit/entries/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        (await headB.GetAsync("/api/v1/platform/audit/entries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await headB.GetAsync("/api/v1/platform/audit/verification")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class AuditOnPostgres(PostgresApiFactory factory) : AuditTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class AuditOnSqlite(SqliteApiFactory factory) : AuditTests(factory);
