using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Cases;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Fundraising;

/// <summary>The fundraising ledger through HTTP on the real databases: numbering, overdraw, dates, reversals, checks, disclosure.</summary>
public abstract class FundraisingTests(ApiFactory factory)
{
    private static readonly DateOnly Today = VietnamClock.Today();

    /// <summary>A facility of its own with a unit head and a social worker, and an open campaign.</summary>
    private async Task<(Guid Facility, HttpClient Head, HttpClient Worker, Guid Campaign)> NewUnitAsync()
    {
        var world = factory.World;
        var facility = await world.NewFacilityAsync(world.Province1, FacilityType.PublicHospital, "BV Gây quỹ " + Guid.NewGuid().ToString("N")[..6]);
        var head = $"head-{Guid.NewGuid():N}@test.vn";
        var worker = $"worker-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(head, UserRole.FacilityAdmin, facility, null);
        await world.NewUserAsync(worker, UserRole.SocialWorker, facility, null);
        var headClient = await world.ClientForAsync(head);
        var campaign = await NewOpenCampaignAsync(headClient, Today.AddDays(-20), Today.AddDays(20));
        return (facility, headClient, await world.ClientForAsync(worker), campaign);
    }

    private static async Task<Guid> NewOpenCampaignAsync(HttpClient head, DateOnly start, DateOnly end)
    {
        var created = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns", new
        {
            kind = "Campaign", title = "Trung thu cho em", purpose = "Quà Trung thu cho bệnh nhi", beneficiaries = "Bệnh nhi nội trú",
            bankAccount = "0123456789 Vietcombank", goodsReceptionPlace = "Phòng CTXH", startDate = start, endDate = end, targetAmount = 50_000_000,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        created.GetProperty("status").GetString().ShouldBe("Draft");
        var id = created.GetProperty("id").GetGuid();
        var opened = await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/status",
            new { version = created.GetProperty("version").GetGuid(), status = "Open" })).ReadAsync<JsonElement>();
        opened.GetProperty("status").GetString().ShouldBe("Open");
        return id;
    }

    private static Task<HttpResponseMessage> CashAsync(HttpClient client, Guid campaign, long amount, DateOnly? on = null, Guid? donorId = null) =>
        client.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/cash-receipts",
            new { receivedOn = on ?? Today, amount, method = "BankTransfer", reference = "FT" + Guid.NewGuid().ToString("N")[..8], donorId });

    private static Task<HttpResponseMessage> GiveCashAsync(HttpClient client, Guid campaign, long amount) =>
        client.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", new
        {
            distributedOn = Today, amount, recipientKind = "Client", recipientName = "Nguyễn Văn An", recipientBirthYear = 1958, recipientCommune = "Đông Hương",
        });

    private static async Task<JsonElement> TotalsAsync(HttpClient client, Guid campaign) =>
        (await (await client.GetAsync($"/api/v1/fundraising/campaigns/{campaign}")).ReadAsync<JsonElement>()).GetProperty("totals");

    private static async Task<JsonElement> ConsistencyAsync(HttpClient head) =>
        await (await head.GetAsync("/api/v1/fundraising/consistency")).ReadAsync<JsonElement>();

    [Fact]
    public async Task The_statement_pages_by_cursor_and_carries_the_running_balance_across_pages()
    {
        var (_, head, worker, campaign) = await NewUnitAsync();
        long[] receipts = [5_000_000, 2_000_000, 3_000_000, 1_500_000, 700_000];
        foreach (var amount in receipts) (await CashAsync(worker, campaign, amount)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var given = (await (await GiveCashAsync(worker, campaign, 1_200_000)).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await head.PostJsonAsync($"/api/v1/fundraising/entries/{given}/reversal", new { reason = "Nhập nhầm" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var url = $"/api/v1/fundraising/campaigns/{campaign}/statement";

        var whole = await (await worker.GetAsync(url)).ReadAsync<JsonElement>();
        whole.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
        var expected = whole.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("id").GetGuid(), e.GetProperty("cashBalanceAfter").GetInt64())).ToList();
        expected.Count.ShouldBe(7);
        expected[^1].Item2.ShouldBe(receipts.Sum());

        // Pages of 3: the same lines in the same order, each page's balance carried from the one before.
        var paged = new List<(Guid, long)>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await worker.GetAsync(url + "?pageSize=3" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)))).ReadAsync<JsonElement>();
            page.GetProperty("entries").GetArrayLength().ShouldBeLessThanOrEqualTo(3);
            page.GetProperty("totals").GetProperty("cashBalance").GetInt64().ShouldBe(receipts.Sum());
            paged.AddRange(page.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("id").GetGuid(), e.GetProperty("cashBalanceAfter").GetInt64())));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null);
        pages.ShouldBe(3);
        paged.ShouldBe(expected);

        // A cursor that is not one of ours, and a page size out of range, are 400s with a code.
        (await (await worker.GetAsync(url + "?cursor=not-a-cursor")).ReadProblemAsync(HttpStatusCode.BadRequest)).FieldErrors.Keys
            .ShouldContain(k => k.Equals("cursor", StringComparison.OrdinalIgnoreCase));
        (await worker.GetAsync(url + "?pageSize=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await worker.GetAsync(url + "?pageSize=1001")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Receipt_numbers_have_no_gaps_and_no_reuse_under_concurrent_entry()
    {
        var (_, head, worker, campaign) = await NewUnitAsync();
        var second = await NewOpenCampaignAsync(head, Today.AddDays(-5), Today.AddDays(5));

        // 40 people at once, across two campaigns of the facility, cash and goods mixed.
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => i % 3 == 0
            ? worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{(i % 2 == 0 ? campaign : second)}/goods-receipts",
                new { receivedOn = Today, item = "Sữa", quantity = 5, unit = "thùng", estimatedValue = 1_500_000 })
            : CashAsync(i % 2 == 0 ? head : worker, i % 2 == 0 ? campaign : second, 100_000 + i)));

        var failures = responses.Where(r => r.StatusCode != HttpStatusCode.Created).Select(r => r.Content.ReadAsStringAsync().Result).ToList();
        failures.ShouldBeEmpty();
        var numbers = new List<int>();
        foreach (var response in responses)
        {
            var code = (await response.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("receiptCode").GetString()!;
            code.ShouldEndWith("/" + Today.Year);
            numbers.Add(int.Parse(code.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture));
        }
        numbers.Order().ShouldBe(Enumerable.Range(1, 40));
    }

    [Fact]
    public async Task Concurrent_distributions_never_overdraw_cash_or_stock()
    {
        var (_, head, worker, campaign) = await NewUnitAsync();
        (await CashAsync(head, campaign, 1_000_000)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var lot = (await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/goods-receipts",
            new { receivedOn = Today, item = "Xe lăn", quantity = 5, unit = "chiếc", estimatedValue = 10_000_000 })).ReadAsync<JsonElement>(HttpStatusCode.Created))
            .GetProperty("stockLotId").GetGuid();

        var cash = Enumerable.Range(0, 30).Select(i => GiveCashAsync(i % 2 == 0 ? head : worker, campaign, 100_000));
        var goods = Enumerable.Range(0, 12).Select(_ => worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions",
            new { distributedOn = Today, stockLotId = lot, quantity = 1, recipientKind = "Department", departmentName = "Khoa Hồi sức cấp cứu" }));
        var responses = await Task.WhenAll(cash.Concat(goods));

        var cashResponses = responses[..30];
        var goodsResponses = responses[30..];
        cashResponses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10);
        goodsResponses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(5);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            problem.GetProperty("code").GetString().ShouldBeOneOf("overdrawn", "out-of-stock");
        }
        var totals = await TotalsAsync(head, campaign);
        totals.GetProperty("cashBalance").GetInt64().ShouldBe(0);
        totals.GetProperty("cashDistributed").GetInt64().ShouldBe(1_000_000);
        totals.GetProperty("goodsValueDistributed").GetInt64().ShouldBe(10_000_000);
        (await ConsistencyAsync(head)).GetProperty("inconsistent").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_receipt_dated_after_the_end_date_is_refused_and_nothing_is_written()
    {
        var (_, head, _, _) = await NewUnitAsync();
        var ended = await NewOpenCampaignAsync(head, Today.AddDays(-30), Today.AddDays(-10));
        var before = await ApiSurface.FingerprintAsync(factory);

        var problem = await (await CashAsync(head, ended, 500_000, Today.AddDays(-9))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("code").GetString().ShouldBe("after-end-date");
        problem.GetProperty("detail").GetString()!.ShouldContain(Today.AddDays(-10).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));

        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before);
        // The last day itself still receives, and distribution stays possible after the end.
        (await CashAsync(head, ended, 500_000, Today.AddDays(-10))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await GiveCashAsync(head, ended, 200_000)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_reversal_corrects_an_entry_and_keeps_the_original_visible()
    {
        var (_, head, worker, campaign) = await NewUnitAsync();
        var big = (await (await CashAsync(worker, campaign, 3_000_000)).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var small = (await (await CashAsync(worker, campaign, 1_000_000)).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var given = (await (await GiveCashAsync(worker, campaign, 500_000)).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // A social worker records but does not reverse.
        (await worker.PostJsonAsync($"/api/v1/fundraising/entries/{big}/reversal", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var reversal = await (await head.PostJsonAsync($"/api/v1/fundraising/entries/{big}/reversal", new { reason = "Nhập nhầm số tiền" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        reversal.GetProperty("reversesId").GetGuid().ShouldBe(big);
        // 500,000 left cannot give back a 1,000,000 receipt: part of it was given out.
        (await (await head.PostJsonAsync($"/api/v1/fundraising/entries/{small}/reversal", new { reason = "Trùng" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("already-distributed");
        (await head.PostJsonAsync($"/api/v1/fundraising/entries/{given}/reversal", new { reason = "Người nhận đã xuất viện" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await head.PostJsonAsync($"/api/v1/fundraising/entries/{small}/reversal", new { reason = "Trùng" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Once only, and never a reversal of a reversal.
        await (await head.PostJsonAsync($"/api/v1/fundraising/entries/{big}/reversal", new { reason = "lại" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await head.PostJsonAsync($"/api/v1/fundraising/entries/{reversal.GetProperty("id").GetGuid()}/reversal", new { reason = "lại" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        var statement = await (await head.GetAsync($"/api/v1/fundraising/campaigns/{campaign}/statement")).ReadAsync<JsonElement>();
        var entries = statement.GetProperty("entries").EnumerateArray().ToList();
        entries.Count.ShouldBe(6);
        entries.Single(e => e.GetProperty("id").GetGuid() == big).GetProperty("reversedById").GetGuid().ShouldBe(reversal.GetProperty("id").GetGuid());
        entries.Select(e => e.GetProperty("cashBalanceAfter").GetInt64()).ShouldBe([3_000_000, 4_000_000, 3_500_000, 500_000, 1_000_000, 0]);
        entries.ShouldAllBe(e => e.GetProperty("recordedByName").GetString() != null);
        statement.GetProperty("totals").GetProperty("cashBalance").GetInt64().ShouldBe(0);
        (await ConsistencyAsync(head)).GetProperty("inconsistent").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Above_the_threshold_a_distribution_waits_for_the_unit_head_and_is_acknowledged_after()
    {
        var (_, head, worker, campaign) = await NewUnitAsync();
        (await (await head.PutJsonAsync("/api/v1/fundraising/settings", new { approvalThreshold = 2_000_000, yearlyTarget = 150_000_000 }))
            .ReadAsync<JsonElement>()).GetProperty("approvalThreshold").GetInt64().ShouldBe(2_000_000);
        (await CashAsync(worker, campaign, 10_000_000)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var small = await (await GiveCashAsync(worker, campaign, 2_000_000)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        small.GetProperty("needsApproval").GetBoolean().ShouldBeFalse();
        var big = await (await GiveCashAsync(worker, campaign, 2_000_001)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        big.GetProperty("needsApproval").GetBoolean().ShouldBeTrue();
        var bigId = big.GetProperty("id").GetGuid();
        var ack = new { receivedBy = "Nguyễn Văn An", receivedOn = Today, scanFileName = "giay-nhan.pdf", scanContentType = "application/pdf",
            scanBase64 = Convert.ToBase64String("%PDF-1.4 signed"u8.ToArray()) };
        (await (await worker.PostJsonAsync($"/api/v1/fundraising/entries/{bigId}/acknowledgement", ack))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("approval-pending");
        (await worker.PostJsonAsync($"/api/v1/fundraising/entries/{bigId}/approval", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await head.PostJsonAsync($"/api/v1/fundraising/entries/{bigId}/approval", new { })).ReadAsync<JsonElement>())
            .GetProperty("approvedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await (await worker.PostJsonAsync($"/api/v1/fundraising/entries/{bigId}/acknowledgement", ack)).ReadAsync<JsonElement>())
            .GetProperty("acknowledgement").GetProperty("hasScan").GetBoolean().ShouldBeTrue();
        var scan = await worker.GetAsync($"/api/v1/fundraising/entries/{bigId}/acknowledgement/scan");
        scan.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scan.Content.ReadAsByteArrayAsync()).ShouldBe("%PDF-1.4 signed"u8.ToArray());
        await (await worker.PostJsonAsync($"/api/v1/fundraising/entries/{bigId}/acknowledgement", ack)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // A unit head's own distribution above the threshold is approved as it is recorded.
        (await (await GiveCashAsync(head, campaign, 3_000_000)).ReadAsync<JsonElement>(HttpStatusCode.Created))
            .GetProperty("approvedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var summary = await (await head.GetAsync("/api/v1/fundraising/summary")).ReadAsync<JsonElement>();
        summary.GetProperty("cashRaised").GetInt64().ShouldBe(10_000_000);
        summary.GetProperty("yearlyTarget").GetInt64().ShouldBe(150_000_000);
        summary.GetProperty("patientsSupported").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Bad_amounts_dates_and_other_facilities_campaigns_get_4xx_and_write_nothing()
    {
        var (_, head, _, campaign) = await NewUnitAsync();
        var before = await ApiSurface.FingerprintAsync(factory);
        var url = $"/api/v1/fundraising/campaigns/{campaign}/cash-receipts";
        foreach (var amount in new[] { 0L, -5_000L, 10_000_000_000_001L })
        {
            var problem = await (await CashAsync(head, campaign, amount)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").TryGetProperty("amount", out _).ShouldBeTrue();
        }
        (await (await GiveCashAsync(head, campaign, 0)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("amount", out _).ShouldBeTrue();
        (await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/goods-receipts",
                new { receivedOn = Today, item = "Sữa", quantity = 0, unit = "hộp", estimatedValue = 10_000_000_000_001 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("estimatedValue", out _).ShouldBeTrue();
        // Ahead of today, before 2000, or before the campaign's start.
        (await (await CashAsync(head, campaign, 100_000, Today.AddDays(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("receivedOn", out _).ShouldBeTrue();
        await (await CashAsync(head, campaign, 100_000, new DateOnly(1999, 12, 31))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await (await CashAsync(head, campaign, 100_000, Today.AddDays(-21))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("code").GetString().ShouldBe("before-start-date");
        (await (await head.PostJsonAsync("/api/v1/fundraising/campaigns", new
            {
                kind = "Campaign", title = "X", purpose = "Y", startDate = "2026-05-01", endDate = "2026-04-01", targetAmount = 0,
            })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["endDate", "targetAmount"], ignoreOrder: true);
        // Another facility's campaign: as if it did not exist.
        await (await CashAsync(head, factory.World.Fundraising().B.Campaign, 100_000)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GiveCashAsync(head, factory.World.Fundraising().A.Campaign, 100)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        // More than the campaign holds.
        (await (await GiveCashAsync(head, campaign, 1)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("overdrawn");

        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "bad input wrote something");
        _ = url;
    }

    [Fact]
    public async Task The_public_page_shows_live_totals_without_personal_data_and_only_once_published()
    {
        var (_, head, worker, campaign) = await NewUnitAsync();
        var anonymousDonor = (await (await worker.PostJsonAsync("/api/v1/fundraising/donors",
            new { kind = "Individual", name = "Phạm Thị Kín Đáo", phone = "0912345678", isAnonymousInPublic = true })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var company = (await (await worker.PostJsonAsync("/api/v1/fundraising/donors",
            new { kind = "Organisation", name = "Công ty Sữa Ánh Dương", isAnonymousInPublic = false })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await CashAsync(worker, campaign, 7_000_000, donorId: anonymousDonor)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var milk = (await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/goods-receipts",
            new { receivedOn = Today, item = "Sữa bột", quantity = 20, unit = "hộp", estimatedValue = 4_000_000, donorId = company })).ReadAsync<JsonElement>(HttpStatusCode.Created));
        (await GiveCashAsync(worker, campaign, 2_000_000)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions",
            new { distributedOn = Today, stockLotId = milk.GetProperty("stockLotId").GetGuid(), quantity = 5, recipientKind = "GroupActivity", groupCount = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        using var publicClient = factory.World.Anonymous();
        await (await publicClient.GetAsync($"/api/v1/public/campaigns/{campaign}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await publicClient.GetAsync($"/api/v1/public/campaigns/{campaign}");
        var text = await response.Content.ReadAsStringAsync();
        var page = await response.ReadAsync<JsonElement>();
        var totals = page.GetProperty("totals");
        totals.GetProperty("cashReceived").GetInt64().ShouldBe(7_000_000);
        totals.GetProperty("cashDistributed").GetInt64().ShouldBe(2_000_000);
        totals.GetProperty("cashBalance").GetInt64().ShouldBe(5_000_000);
        totals.GetProperty("goodsValueReceived").GetInt64().ShouldBe(4_000_000);
        totals.GetProperty("goodsValueDistributed").GetInt64().ShouldBe(1_000_000);
        page.GetProperty("receipts").EnumerateArray().Select(r => r.GetProperty("donor").GetString()).ShouldBe(["Ẩn danh", "Công ty Sữa Ánh Dương"]);
        page.GetProperty("distributions")[0].GetProperty("beneficiary").GetString().ShouldBe("N.V.A. (1958, Đông Hương)");
        foreach (var secret in new[] { "Nguyễn Văn An", "Phạm Thị Kín Đáo", "0912345678", "clientId", "recordedFromIp" }) text.ShouldNotContain(secret);

        // Live: a reversal after publishing shows on the page, next to the original.
        var receipts = await (await head.GetAsync($"/api/v1/fundraising/campaigns/{campaign}/statement")).ReadAsync<JsonElement>();
        var distribution = receipts.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "CashDistribution").GetProperty("id").GetGuid();
        (await head.PostJsonAsync($"/api/v1/fundraising/entries/{distribution}/reversal", new { reason = "Sai người nhận" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = await (await publicClient.GetAsync($"/api/v1/public/campaigns/{campaign}")).ReadAsync<JsonElement>();
        after.GetProperty("distributions").GetArrayLength().ShouldBe(3);
        after.GetProperty("totals").GetProperty("cashBalance").GetInt64().ShouldBe(7_000_000);

        var xlsx = await publicClient.GetAsync($"/api/v1/public/campaigns/{campaign}/export?format=Xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await xlsx.Content.ReadAsByteArrayAsync())[..2].ShouldBe("PK"u8.ToArray());
        var pdf = await publicClient.GetAsync($"/api/v1/public/campaigns/{campaign}/export?format=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdfText = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        pdfText.ShouldContain("Ẩn danh");
        pdfText.ShouldContain("Công ty Sữa Ánh Dương");
        foreach (var secret in new[] { "Nguyễn Văn An", "Phạm Thị Kín Đáo", "0912345678" }) pdfText.ShouldNotContain(secret);
        var receipt = await head.GetAsync($"/api/v1/fundraising/entries/{milk.GetProperty("id").GetGuid()}/receipt");
        receipt.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        // The text reads back as written: Vietnamese glyphs are embedded and mapped, not replaced.
        var receiptText = PdfText(await receipt.Content.ReadAsByteArrayAsync());
        receiptText.ShouldContain("BIÊN NHẬN TIỀN, HIỆN VẬT ỦNG HỘ");
        receiptText.ShouldContain("Nhận của: Công ty Sữa Ánh Dương");
        receiptText.ShouldContain("Hiện vật: 20 hộp Sữa bột");
    }

    [Fact]
    public async Task The_province_sees_totals_per_facility_and_their_ledger_checks()
    {
        var (facility, head, _, campaign) = await NewUnitAsync();
        (await CashAsync(head, campaign, 9_000_000)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await GiveCashAsync(head, campaign, 4_000_000)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var officer = await factory.World.ClientForAsync(TestWorld.Officer1);
        var province = await (await officer.GetAsync($"/api/v1/provinces/{factory.World.Province1}/fundraising")).ReadAsync<JsonElement>();
        var row = province.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facilityId").GetGuid() == facility);
        row.GetProperty("cashRaised").GetInt64().ShouldBe(9_000_000);
        row.GetProperty("cashBalance").GetInt64().ShouldBe(5_000_000);
        row.GetProperty("patientsSupported").GetInt32().ShouldBe(1);
        row.GetProperty("inconsistentCampaigns").GetInt32().ShouldBe(0);
        province.GetProperty("facilities").EnumerateArray().ShouldNotContain(f => f.GetProperty("facilityId").GetGuid() == factory.World.HospitalB);
        (await officer.GetAsync("/api/v1/fundraising/consistency")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_distribution_to_a_client_on_a_case_shows_on_the_case_as_a_service_delivered()
    {
        var (_, head, worker, campaign) = await NewUnitAsync();
        (await CashAsync(worker, campaign, 10_000_000)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var client = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Lê Thị Nhận", birthYear = 1960, sex = "Female", createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var clientId = client.GetProperty("id").GetGuid();
        var opened = await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "High", riskLevel = "Medium", intakeSource = "ClinicalDepartment", presentingProblem = "Không có tiền mổ",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var caseId = opened.GetProperty("id").GetGuid();
        var give = (Guid? client, Guid? onCase) => new
        {
            distributedOn = Today, amount = 3_000_000, recipientKind = "Client", recipientName = "Lê Thị Nhận", recipientBirthYear = 1960, clientId = client, caseId = onCase,
        };

        // Another facility's case, an unknown client, or a case of someone else: refused, nothing leaves the fund.
        await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", give(null, factory.World.Cases().B.CaseId)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", give(Guid.NewGuid(), null)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", give(Guid.NewGuid(), caseId)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await TotalsAsync(head, campaign)).GetProperty("cashDistributed").GetInt64().ShouldBe(0);

        var entry = await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", give(clientId, caseId)))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var detail = await (await worker.GetAsync($"/api/v1/cases/{caseId}")).ReadAsync<JsonElement>();
        var service = detail.GetProperty("services").EnumerateArray().Single();
        service.GetProperty("source").GetString().ShouldBe("donation");
        service.GetProperty("type").GetString().ShouldBe("FinancialSupport");
        service.GetProperty("valueVnd").GetInt64().ShouldBe(3_000_000);
        service.GetProperty("provider").GetString().ShouldBe("Trung thu cho em");
        entry.GetProperty("amount").GetInt64().ShouldBe(3_000_000);

        // Picked from the register (issue 18): the recipient is the case's client, named and aged from the register, nothing retyped.
        var picked = await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", new
        {
            distributedOn = Today, amount = 500_000, recipientKind = "Client", caseId,
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        (picked.GetProperty("recipientName").GetString(), picked.GetProperty("recipientBirthYear").GetInt32(), picked.GetProperty("clientId").GetGuid())
            .ShouldBe(("Lê Thị Nhận", 1960, clientId));
        // Without a client or a case, the name is still required.
        await (await worker.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions", new { distributedOn = Today, amount = 500_000, recipientKind = "Client" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static string PdfText(byte[] bytes)
    {
        bytes[..4].ShouldBe("%PDF"u8.ToArray());
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
    }
}

[Collection(PostgresCollection.Name)]
public sealed class FundraisingOnPostgres(PostgresApiFactory factory) : FundraisingTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class FundraisingOnSqlite(SqliteApiFactory factory) : FundraisingTests(factory);
