using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Fundraising;

/// <summary>
/// A distribution through a sensitive case names its recipient only to those who may see the case (the assigned worker,
/// the unit head), each read audited; a colleague reads "a confidential case" with the same amount, the public page and its
/// Excel/PDF never describe the recipient, and the totals stay whole.
/// </summary>
public abstract class ConfidentialRecipientTests(ApiFactory factory)
{
    private static readonly DateOnly Today = VietnamClock.Today();

    [Fact]
    public async Task A_sensitive_cases_recipient_is_masked_to_colleagues_and_the_public_and_audited_for_who_may_see_it()
    {
        var world = factory.World;
        // Letters only: a search term with a digit is read as an identifier.
        var tag = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(ch => (char)('a' + Convert.ToInt32(ch.ToString(), 16))));
        var facility = await world.NewFacilityAsync(world.Province1, FacilityType.PublicHospital, "BV Kín quỹ");
        var (headEmail, workerEmail, colleagueEmail) = ($"head-{Guid.NewGuid():N}@test.vn", $"worker-{Guid.NewGuid():N}@test.vn", $"colleague-{Guid.NewGuid():N}@test.vn");
        await world.NewUserAsync(headEmail, UserRole.FacilityAdmin, facility, null);
        await world.NewUserAsync(workerEmail, UserRole.SocialWorker, facility, null);
        await world.NewUserAsync(colleagueEmail, UserRole.SocialWorker, facility, null);
        using var head = await world.ClientForAsync(headEmail);
        using var worker = await world.ClientForAsync(workerEmail);
        using var colleague = await world.ClientForAsync(colleagueEmail);

        var created = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns", new
        {
            kind = "Campaign", title = "Quỹ hỗ trợ viện phí", purpose = "Hỗ trợ viện phí", startDate = Today.AddDays(-5), endDate = Today.AddDays(5),
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var campaign = created.GetProperty("id").GetGuid();
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/status", new { version = created.GetProperty("version").GetGuid(), status = "Open" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/cash-receipts",
            new { receivedOn = Today, amount = 10_000_000, method = "Cash" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var name = "Trần Thị Kín " + tag;
        var commune = "Xã Ẩn " + tag;
        var clientId = (await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = name, birthYear = 1937, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var caseId = (await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "High", riskLevel = "High", isSensitive = true, intakeSource = "Self", presentingProblem = "Bạo lực gia đình",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var entry = await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", new
        {
            distributedOn = Today, amount = 3_000_000, recipientKind = "Client", recipientName = name, recipientBirthYear = 1937, recipientCommune = commune,
            clientId, caseId, description = "Viện phí " + tag,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var entryId = entry.GetProperty("id").GetGuid();
        (await worker.PostJsonAsync($"/api/v1/fundraising/entries/{entryId}/acknowledgement", new
        {
            receivedBy = name, receivedOn = Today, scanFileName = "ky-nhan.pdf", scanContentType = "application/pdf",
            scanBase64 = Convert.ToBase64String("%PDF-1.4 ky nhan"u8.ToArray()),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A second payment to the same person, reversed by the unit head with a reason that names her: the reason is the
        // recipient's as much as the line is, so it is masked the same way.
        var mistaken = (await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", new
        {
            distributedOn = Today, amount = 1_000_000, recipientKind = "Client", recipientName = name, clientId, caseId,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var reason = $"Chi trùng cho {name}, {commune}";
        var reversalId = (await (await head.PostJsonAsync($"/api/v1/fundraising/entries/{mistaken}/reversal", new { reason }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var statementUrl = $"/api/v1/fundraising/campaigns/{campaign}/statement";

        // A colleague reads the line and its amount, nothing that points to the person, and leaves no audit entry.
        var before = await AuditAsync(caseId);
        var response = await colleague.GetAsync(statementUrl);
        var body = await response.Content.ReadAsStringAsync();
        var statement = await response.ReadAsync<JsonElement>();
        foreach (var secret in new[] { tag, caseId.ToString(), clientId.ToString() }) body.ShouldNotContain(secret, Case.Insensitive);
        var masked = statement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == entryId);
        masked.GetProperty("recipientName").GetString()!.ShouldStartWith("Người nhận thuộc một ca bảo mật");
        masked.GetProperty("amount").GetInt64().ShouldBe(3_000_000);
        masked.GetProperty("recipientBirthYear").ValueKind.ShouldBe(JsonValueKind.Null);
        masked.GetProperty("caseId").ValueKind.ShouldBe(JsonValueKind.Null);
        masked.GetProperty("acknowledgement").GetProperty("hasScan").GetBoolean().ShouldBeFalse();
        statement.GetProperty("totals").GetProperty("cashDistributed").GetInt64().ShouldBe(3_000_000);
        statement.GetProperty("totals").GetProperty("cashBalance").GetInt64().ShouldBe(7_000_000);
        var maskedReversal = statement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == reversalId);
        maskedReversal.GetProperty("reversalReason").GetString()!.ShouldStartWith("Lý do điều chỉnh được giữ kín");
        maskedReversal.GetProperty("recipientName").GetString()!.ShouldStartWith("Người nhận thuộc một ca bảo mật");
        maskedReversal.GetProperty("amount").GetInt64().ShouldBe(1_000_000);
        await (await colleague.GetAsync($"/api/v1/fundraising/entries/{entryId}/acknowledgement/scan")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await AuditAsync(caseId)).Count.ShouldBe(before.Count);

        // The assigned worker and the unit head read the recipient, and the signed paper; each read is audited under their name.
        foreach (var (client, email) in new[] { (worker, workerEmail), (head, headEmail) })
        {
            var full = (await (await client.GetAsync(statementUrl)).ReadAsync<JsonElement>()).GetProperty("entries").EnumerateArray()
                .Single(e => e.GetProperty("id").GetGuid() == entryId);
            full.GetProperty("recipientName").GetString().ShouldBe(name);
            full.GetProperty("recipientCommune").GetString().ShouldBe(commune);
            full.GetProperty("caseId").GetGuid().ShouldBe(caseId);
            (await (await client.GetAsync(statementUrl)).ReadAsync<JsonElement>()).GetProperty("entries").EnumerateArray()
                .Single(e => e.GetProperty("id").GetGuid() == reversalId).GetProperty("reversalReason").GetString().ShouldBe(reason);
            (await client.GetAsync($"/api/v1/fundraising/entries/{entryId}/acknowledgement/scan")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var userId = await UserIdAsync(email);
            var actions = (await AuditAsync(caseId)).Where(a => a.UserId == userId).Select(a => a.Action).ToList();
            actions.ShouldContain("ledger.read");
            actions.ShouldContain("ledger.acknowledgement-scan");
        }

        // In public, not even initials, year of birth or commune: the page, its Excel and its PDF; the totals are whole.
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var anonymous = world.Anonymous();
        var pageResponse = await anonymous.GetAsync($"/api/v1/public/campaigns/{campaign}");
        var pageText = await pageResponse.Content.ReadAsStringAsync();
        var page = await pageResponse.ReadAsync<JsonElement>();
        var beneficiaries = page.GetProperty("distributions").EnumerateArray().Select(d => d.GetProperty("beneficiary").GetString()!).ToList();
        beneficiaries.ShouldNotBeEmpty();
        beneficiaries.ShouldAllBe(b => b.StartsWith("Người nhận được giữ kín"));
        page.GetProperty("totals").GetProperty("cashDistributed").GetInt64().ShouldBe(3_000_000);
        foreach (var secret in new[] { tag, "T.T.K.", "(1937" }) pageText.ShouldNotContain(secret);
        var xlsx = await anonymous.GetAsync($"/api/v1/public/campaigns/{campaign}/export?format=Xlsx");
        var sheets = XlsxText(await xlsx.Content.ReadAsByteArrayAsync());
        sheets.ShouldContain("Người nhận được giữ kín");
        foreach (var secret in new[] { tag, "T.T.K.", "(1937" }) sheets.ShouldNotContain(secret);
        var pdf = await anonymous.GetAsync($"/api/v1/public/campaigns/{campaign}/export?format=Pdf");
        var pdfText = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        pdfText.ShouldContain("Người nhận được giữ kín");
        foreach (var secret in new[] { tag, "T.T.K.", "(1937" }) pdfText.ShouldNotContain(secret);
    }

    private static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var text = new StringBuilder();
        foreach (var part in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(part.Open());
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    private static string PdfText(byte[] bytes)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
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

public sealed class ConfidentialRecipientsOnPostgres(SharedPostgres api) : ConfidentialRecipientTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ConfidentialRecipientsOnSqlite(SharedSqlite api) : ConfidentialRecipientTests(api.Factory), IClassFixture<SharedSqlite>;
