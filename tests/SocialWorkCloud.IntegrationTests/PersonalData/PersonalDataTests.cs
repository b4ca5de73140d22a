using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.PersonalData;

/// <summary>Law 91/2025 through the HTTP pipeline: consent withdrawal enforced, data-subject requests, restriction, pseudonymisation, retention.</summary>
public abstract class PersonalDataTests(ApiFactory factory)
{
    private TestWorld World => factory.World;
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<Tenant> TenantAsync() => World.TenantForAsync(nameof(PersonalDataTests));

    private static async Task<Guid> NewClientAsync(HttpClient worker, string name, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["fullName"] = name, ["birthYear"] = 1990, ["sex"] = "Female", ["createAnyway"] = true };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties()) body[p.Name] = p.GetValue(extra);
        var created = await (await worker.PostJsonAsync("/api/v1/clients", body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private sealed record SessionBody(Guid ClientId, bool WithRelative, string HeldOn, int DurationMinutes, string Topic, int DistressBefore, int DistressAfter);

    private static SessionBody Session(Guid clientId) => new(clientId, false, Today, 45, "Lo âu sau chẩn đoán", 7, 4);

    [Fact]
    public async Task A_counselling_session_is_refused_after_the_consent_was_withdrawn_and_accepted_once_the_unit_head_records_the_legal_ground()
    {
        var tenant = await TenantAsync();
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var clientId = await NewClientAsync(worker, "Đỗ Thị Rút " + Guid.NewGuid().ToString("N")[..5]);

        // Never consented: not refused (only a withdrawal blocks).
        await (await worker.PostJsonAsync("/api/v1/counselling-sessions", Session(clientId))).ReadAsync<JsonElement>(HttpStatusCode.Created);

        var consent = await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents",
            new { purpose = "PersonalDataProcessing", givenBy = "Client", givenOn = "2025-01-02" })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var consentId = consent.GetProperty("id").GetGuid();
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents/{consentId}/withdraw", new { withdrawnOn = Today })).ReadAsync<JsonElement>();

        var refused = await (await worker.PostJsonAsync("/api/v1/counselling-sessions", Session(clientId))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("code").GetString().ShouldBe("consent-withdrawn");
        var opening = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "Normal", riskLevel = "Low", intakeSource = "ClinicalDepartment", presentingProblem = "Cần hỗ trợ tâm lý",
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        opening.GetProperty("code").GetString().ShouldBe("consent-withdrawn");

        // Only the unit head records the legal ground.
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents/{consentId}/legal-ground", new { legalGround = "Khẩn cấp" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var grounded = await (await head.PostJsonAsync($"/api/v1/clients/{clientId}/consents/{consentId}/legal-ground",
            new { legalGround = "Bảo vệ tính mạng, sức khỏe của chủ thể dữ liệu trong tình huống khẩn cấp" })).ReadAsync<JsonElement>();
        grounded.GetProperty("legalGround").GetString().ShouldStartWith("Bảo vệ tính mạng");

        await (await worker.PostJsonAsync("/api/v1/counselling-sessions", Session(clientId))).ReadAsync<JsonElement>(HttpStatusCode.Created);

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.AuditEntries.IgnoreTenant().CountAsync(a => a.EntityId == consentId && a.Action == "consent.legal-ground")).ShouldBe(1);
    }

    private static async Task<(Guid ClientId, Guid CaseId)> NewClientWithCaseAsync(HttpClient worker, string name, string nationalId)
    {
        var clientId = await NewClientAsync(worker, name, new { nationalId, phone = "0912345678", insuranceNumber = "GD4380000" + nationalId[^6..], addressDetail = "12 Lê Lợi" });
        var opened = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "Normal", riskLevel = "Low", intakeSource = "ClinicalDepartment", presentingProblem = "Khó khăn sau xuất viện",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var caseId = opened.GetProperty("id").GetGuid();
        await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = "Đã gọi điện cho gia đình" })).ReadAsync<JsonElement>();
        await (await worker.PostJsonAsync("/api/v1/counselling-sessions", Session(clientId) with { })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return (clientId, caseId);
    }

    private static string NewNationalId() => "038090" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static string Unique(string name) => name + " " + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(5).ToArray());

    [Fact]
    public async Task The_export_holds_everything_about_the_client_as_json_files_and_a_pdf_summary_and_is_audited()
    {
        var tenant = await TenantAsync();
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var name = Unique("Vũ Thị Xuất");
        var nationalId = NewNationalId();
        var (clientId, caseId) = await NewClientWithCaseAsync(worker, name, nationalId);
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents",
            new { purpose = "StoryOrPhotoInCommunication", givenBy = "Client", givenOn = "2025-03-01" })).ReadAsync<JsonElement>(HttpStatusCode.Created);

        (await worker.GetAsync($"/api/v1/clients/{clientId}/personal-data-export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var response = await head.GetAsync($"/api/v1/clients/{clientId}/personal-data-export");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        JsonElement Read(string file)
        {
            using var stream = zip.GetEntry(file)!.Open();
            return JsonDocument.Parse(stream).RootElement.Clone();
        }
        var client = Read("client.json");
        client.GetProperty("fullName").GetString().ShouldBe(name);
        client.GetProperty("nationalId").GetString().ShouldBe(nationalId);
        Read("cases.json").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(caseId);
        Read("case-notes.json").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe("Đã gọi điện cho gia đình");
        Read("counselling-sessions.json").GetArrayLength().ShouldBe(1);
        Read("consents.json").EnumerateArray().Single().GetProperty("purpose").GetString().ShouldBe("StoryOrPhotoInCommunication");
        Read("ledger-lines.json").GetArrayLength().ShouldBe(0);

        using var pdfStream = new MemoryStream();
        using (var entry = zip.GetEntry("summary.pdf")!.Open()) await entry.CopyToAsync(pdfStream);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfStream.ToArray());
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.ShouldContain(nationalId);
        text.ShouldContain(name.Split(' ')[^1]);

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.AuditEntries.IgnoreTenant().CountAsync(a => a.EntityId == clientId && a.Action == "client.export-personal-data")).ShouldBe(1);
    }

    [Fact]
    public async Task A_restricted_client_leaves_lists_and_search_refuses_writes_and_only_the_unit_head_reaches_it_audited_until_lifted()
    {
        var tenant = await TenantAsync();
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var name = Unique("Lâm Văn Hạn");
        var (clientId, caseId) = await NewClientWithCaseAsync(worker, name, NewNationalId());
        var request = await (await head.PostJsonAsync($"/api/v1/clients/{clientId}/data-requests", new { kind = "Restriction", receivedOn = Today, detail = "Thân chủ yêu cầu tạm ngừng xử lý" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        request.GetProperty("status").GetString().ShouldBe("Open");

        (await (await head.PostAsync($"/api/v1/clients/{clientId}/restriction", null)).ReadAsync<JsonElement>()).GetProperty("restrictedSince").ValueKind.ShouldNotBe(JsonValueKind.Null);

        async Task<bool> ListedAsync(HttpClient who, string search) =>
            (await (await who.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(search)}")).ReadAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == clientId);
        async Task<bool> CaseListedAsync(HttpClient who) =>
            (await (await who.GetAsync("/api/v1/cases?pageSize=200")).ReadAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == caseId);
        (await ListedAsync(worker, name)).ShouldBeFalse();
        (await ListedAsync(head, name)).ShouldBeFalse();
        (await CaseListedAsync(head)).ShouldBeFalse();
        (await worker.GetAsync($"/api/v1/clients/{clientId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var seen = await (await head.GetAsync($"/api/v1/clients/{clientId}")).ReadAsync<JsonElement>();
        // The case, its sessions, notes, services and referrals by id: stored, not processed — the assigned worker is told why,
        // the unit head (who answers the request) reads it, audited.
        foreach (var url in new[] { $"/api/v1/cases/{caseId}", $"/api/v1/cases/{caseId}/referrals" })
        {
            (await (await worker.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("case-client-restricted");
        }
        (await (await head.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(caseId);
        (await head.GetAsync($"/api/v1/cases/{caseId}/referrals")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var note = await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = "Ghi chú mới" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        note.GetProperty("code").GetString().ShouldBe("client-restricted");
        (await (await worker.PostJsonAsync("/api/v1/counselling-sessions", Session(clientId))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("code").GetString().ShouldBe("client-restricted");
        (await (await head.PutJsonAsync($"/api/v1/clients/{clientId}", new { fullName = "Tên khác", sex = "Male", version = seen.GetProperty("version").GetGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("client-restricted");

        (await (await head.DeleteAsync($"/api/v1/clients/{clientId}/restriction")).ReadAsync<JsonElement>()).GetProperty("restrictedSince").ValueKind.ShouldBe(JsonValueKind.Null);
        (await ListedAsync(worker, name)).ShouldBeTrue();
        (await CaseListedAsync(head)).ShouldBeTrue();
        await (await worker.PostJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = "Ghi chú sau khi bỏ hạn chế" })).ReadAsync<JsonElement>();

        var closed = await (await head.PostJsonAsync($"/api/v1/data-requests/{request.GetProperty("id").GetGuid()}/close",
            new { status = "Completed", outcome = "Đã hạn chế rồi bỏ hạn chế theo yêu cầu", version = request.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        closed.GetProperty("status").GetString().ShouldBe("Completed");

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var actions = await db.AuditEntries.IgnoreTenant().Where(a => a.EntityId == clientId).Select(a => a.Action).ToListAsync();
        actions.ShouldContain("client.restrict");
        actions.ShouldContain("client.view-restricted");
        actions.ShouldContain("client.lift-restriction");
        (await db.AuditEntries.IgnoreTenant().Where(a => a.EntityId == caseId).Select(a => a.Action).ToListAsync()).ShouldContain("case.read-restricted");
        // Lifted: the assigned worker reads the case again.
        (await worker.GetAsync($"/api/v1/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Pseudonymising_keeps_the_ledger_totals_and_report_figures_while_the_identifiers_are_gone_and_erasure_is_refused_while_the_law_keeps_records()
    {
        var tenant = await World.NewTenantAsync();
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var name = Unique("Hồ Văn Danh");
        var nationalId = NewNationalId();
        var (clientId, _) = await NewClientWithCaseAsync(worker, name, nationalId);

        var campaign = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns", new
        {
            kind = "Campaign", title = "Quỹ hỗ trợ bệnh nhân", purpose = "Hỗ trợ viện phí", beneficiaries = "Bệnh nhân khó khăn",
            bankAccount = "0123456789 Vietcombank", goodsReceptionPlace = "Phòng CTXH", startDate = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(-5),
            endDate = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(5), targetAmount = 10_000_000,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var campaignId = campaign.GetProperty("id").GetGuid();
        await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaignId}/status", new { version = campaign.GetProperty("version").GetGuid(), status = "Open" })).ReadAsync<JsonElement>();
        await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaignId}/cash-receipts",
            new { receivedOn = Today, amount = 3_000_000, method = "BankTransfer", reference = "FT" + Guid.NewGuid().ToString("N")[..8] })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaignId}/distributions", new
        {
            distributedOn = Today, amount = 500_000, recipientKind = "Client", recipientName = name, recipientBirthYear = 1990, clientId,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);

        var year = Today[..4];
        async Task<string> FiguresAsync() => (await (await head.GetAsync($"/api/v1/cases/figures?from={year}-01-01&to={Today}")).ReadAsync<JsonElement>()).GetRawText();
        async Task<string> TotalsAsync() => (await (await head.GetAsync($"/api/v1/fundraising/campaigns/{campaignId}")).ReadAsync<JsonElement>()).GetProperty("totals").GetRawText();
        var figuresBefore = await FiguresAsync();
        var totalsBefore = await TotalsAsync();

        var refused = await (await head.DeleteAsync($"/api/v1/clients/{clientId}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("code").GetString().ShouldBe("client-erasure-records-kept");
        refused.GetProperty("detail").GetString()!.ShouldContain("ledger");

        var result = await (await head.PostAsync($"/api/v1/clients/{clientId}/pseudonymisation", null)).ReadAsync<JsonElement>();
        result.GetProperty("fullName").GetString()!.ShouldStartWith("Ẩn danh");

        (await FiguresAsync()).ShouldBe(figuresBefore);
        (await TotalsAsync()).ShouldBe(totalsBefore);
        var client = await (await head.GetAsync($"/api/v1/clients/{clientId}")).ReadAsync<JsonElement>();
        client.GetProperty("fullName").GetString().ShouldNotBe(name);
        foreach (var field in new[] { "nationalId", "insuranceNumber", "phone", "addressDetail" })
            client.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Null, field);
        (await (await head.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(name)}")).ReadAsync<JsonElement>()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await (await head.GetAsync($"/api/v1/clients?search={nationalId}")).ReadAsync<JsonElement>()).GetProperty("items").GetArrayLength().ShouldBe(0);

        // A client nothing is kept for is deleted; the request that asked for it stays.
        var bare = await NewClientAsync(worker, Unique("Tạ Thị Xóa"));
        await (await head.PostJsonAsync($"/api/v1/clients/{bare}/data-requests", new { kind = "Deletion", receivedOn = Today })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        (await (await head.DeleteAsync($"/api/v1/clients/{bare}")).ReadAsync<JsonElement>()).GetProperty("erased").GetBoolean().ShouldBeTrue();
        (await head.GetAsync($"/api/v1/clients/{bare}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await head.GetAsync($"/api/v1/clients/{bare}/data-requests")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Open_requests_carry_their_due_date_and_an_overdue_one_is_flagged()
    {
        var tenant = await TenantAsync();
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var clientId = await NewClientAsync(worker, Unique("Mai Thị Hỏi"));
        var received = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(-60);
        var late = await (await head.PostJsonAsync($"/api/v1/clients/{clientId}/data-requests", new { kind = "Access", receivedOn = received })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        late.GetProperty("dueOn").GetString().ShouldBe(received.AddDays(15).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var fresh = await (await head.PostJsonAsync($"/api/v1/clients/{clientId}/data-requests", new { kind = "Correction", receivedOn = Today })).ReadAsync<JsonElement>(HttpStatusCode.Created);

        var open = (await (await head.GetAsync("/api/v1/data-requests")).ReadAsync<JsonElement>()).EnumerateArray().ToList();
        open.Single(r => r.GetProperty("id").GetGuid() == late.GetProperty("id").GetGuid()).GetProperty("overdue").GetBoolean().ShouldBeTrue();
        open.Single(r => r.GetProperty("id").GetGuid() == fresh.GetProperty("id").GetGuid()).GetProperty("overdue").GetBoolean().ShouldBeFalse();
        (await worker.GetAsync("/api/v1/data-requests")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await (await head.PostJsonAsync($"/api/v1/data-requests/{late.GetProperty("id").GetGuid()}/close", new { status = "Refused", version = late.GetProperty("version").GetGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await head.PostJsonAsync($"/api/v1/data-requests/{late.GetProperty("id").GetGuid()}/close",
            new { status = "Completed", outcome = "Đã gửi bản trích xuất", version = late.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        (await (await head.GetAsync("/api/v1/data-requests")).ReadAsync<JsonElement>()).EnumerateArray()
            .Any(r => r.GetProperty("id").GetGuid() == late.GetProperty("id").GetGuid()).ShouldBeFalse();
    }

    [Fact]
    public async Task The_monthly_retention_review_lists_a_record_past_its_period_for_the_unit_head()
    {
        var tenant = await TenantAsync();
        using var worker = await tenant.WorkerAsync();
        using var head = await tenant.AdminAsync();
        var clientId = await NewClientAsync(worker, Unique("Đào Văn Cũ"));
        var consent = await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents",
            new { purpose = "StoryOrPhotoInCommunication", givenBy = "Client", givenOn = "2005-01-03" })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var consentId = consent.GetProperty("id").GetGuid();
        await (await worker.PostJsonAsync($"/api/v1/clients/{clientId}/consents/{consentId}/withdraw", new { withdrawnOn = "2006-02-01" })).ReadAsync<JsonElement>();

        await using (var scope = factory.CreateScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<SocialWorkCloud.Application.Features.PersonalData.RetentionJobs>();
            (await jobs.ListDueAsync(tenant.HospitalId, CancellationToken.None)).ShouldBeGreaterThan(0);
        }
        var due = (await (await head.GetAsync("/api/v1/retention/due")).ReadAsync<JsonElement>()).EnumerateArray().ToList();
        var item = due.Single(i => i.GetProperty("recordId").GetGuid() == consentId);
        item.GetProperty("kind").GetString().ShouldBe("WithdrawnConsent");
        item.GetProperty("dueOn").GetString().ShouldBe("2011-02-01");
        (await worker.GetAsync("/api/v1/retention/due")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class PersonalDataOnPostgres(SharedPostgres api) : PersonalDataTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class PersonalDataOnSqlite(SharedSqlite api) : PersonalDataTests(api.Factory), IClassFixture<SharedSqlite>;
