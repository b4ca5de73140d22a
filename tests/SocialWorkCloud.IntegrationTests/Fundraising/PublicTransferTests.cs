using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Fundraising;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Fundraising;

/// <summary>Issue 18: the public page and its PDF show how to give (transfer account, VietQR, goods drop-off) and a target range; no column is cut.</summary>
public abstract class PublicTransferTests(ApiFactory factory)
{
    private static readonly DateOnly Today = VietnamClock.Today();
    private const string LongDonor = "Hội Doanh nhân trẻ và Câu lạc bộ Thiện nguyện Những Trái Tim Nhân Ái tỉnh Thanh Hóa";
    private const string LongDepartment = "Khoa Hồi sức tích cực – Chống độc và Trung tâm Đột quỵ";

    private async Task<HttpClient> NewHeadAsync()
    {
        var world = factory.World;
        var facility = await world.NewFacilityAsync(world.Province1, FacilityType.PublicHospital, "BV Chuyển khoản " + Guid.NewGuid().ToString("N")[..6]);
        var head = $"head-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(head, UserRole.FacilityAdmin, facility, null);
        return await world.ClientForAsync(head);
    }

    private static object Campaign(object? overrides = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["kind"] = "Campaign", ["title"] = "Mổ tim cho em", ["purpose"] = "Hỗ trợ chi phí phẫu thuật tim", ["goodsReceptionPlace"] = "Phòng CTXH, tầng 1 nhà A",
            ["startDate"] = Today.AddDays(-10), ["endDate"] = Today.AddDays(30), ["targetAmount"] = 100_000_000, ["targetMaximum"] = 150_000_000,
            ["bankBin"] = "970436", ["bankAccountNumber"] = "0011 0023 45678", ["bankAccountHolder"] = "BENH VIEN DA KHOA TINH",
        };
        foreach (var p in (overrides ?? new { }).GetType().GetProperties()) body[p.Name] = p.GetValue(overrides);
        return body;
    }

    [Fact]
    public async Task The_public_page_and_PDF_show_the_account_the_VietQR_the_drop_off_place_and_every_column_whole()
    {
        var head = await NewHeadAsync();
        var created = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns", Campaign())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("targetMaximum").GetInt64().ShouldBe(150_000_000);
        created.GetProperty("transfer").GetProperty("accountNumber").GetString().ShouldBe("0011002345678");
        var opened = await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/status",
            new { version = created.GetProperty("version").GetGuid(), status = "Open" })).ReadAsync<JsonElement>();
        opened.GetProperty("status").GetString().ShouldBe("Open");
        var donor = (await (await head.PostJsonAsync("/api/v1/fundraising/donors", new { kind = "Organisation", name = LongDonor, isAnonymousInPublic = false }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var goods = await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/goods-receipts",
            new { receivedOn = Today, item = "Xe lăn", quantity = 2, unit = "chiếc", estimatedValue = 6_000_000, donorId = donor })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/cash-receipts",
            new { receivedOn = Today, amount = 1_250_000_000, method = "BankTransfer", reference = "FT123", donorId = donor })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/distributions",
            new { distributedOn = Today, stockLotId = goods.GetProperty("stockLotId").GetGuid(), quantity = 1, recipientKind = "Department", departmentName = LongDepartment }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = factory.World.Anonymous();
        var page = await (await anonymous.GetAsync($"/api/v1/public/campaigns/{id}")).ReadAsync<JsonElement>();
        page.GetProperty("targetAmount").GetInt64().ShouldBe(100_000_000);
        page.GetProperty("targetMaximum").GetInt64().ShouldBe(150_000_000);
        page.GetProperty("goodsReceptionPlace").GetString().ShouldBe("Phòng CTXH, tầng 1 nhà A");
        var transfer = page.GetProperty("transfer");
        transfer.GetProperty("bankShortName").GetString().ShouldBe("Vietcombank");
        transfer.GetProperty("accountHolder").GetString().ShouldBe("BENH VIEN DA KHOA TINH");
        // The page carries the server's payload: the SPA renders it, the PDF prints the same.
        transfer.GetProperty("qrPayload").GetString().ShouldBe(VietQr.Payload("970436", "0011002345678"));

        var pdf = await anonymous.GetAsync($"/api/v1/public/campaigns/{id}/export?format=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join("\n", document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        // A wrapped cell loses the space at its line break: compare without spaces.
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var header in new[] { "Số biên nhận", "Ngày", "Nhà hảo tâm", "Hiện vật", "Số tiền", "Người/đơn vị nhận" })
            compact.ShouldContain(header.Replace(" ", string.Empty, StringComparison.Ordinal));
        compact.ShouldContain(LongDonor.Replace(" ", string.Empty, StringComparison.Ordinal));
        compact.ShouldContain(LongDepartment.Replace(" ", string.Empty, StringComparison.Ordinal));
        compact.ShouldContain("1.250.000.000đ");
        text.ShouldNotContain("…");
        text.ShouldContain("100.000.000 – 150.000.000 đ");
        text.ShouldContain("0011002345678 – Vietcombank");
        text.ShouldContain("BENH VIEN DA KHOA TINH");
        text.ShouldContain("Phòng CTXH, tầng 1 nhà A");
        // The printed code is the payload's QR matrix: one filled square per dark module.
        using (var generator = new QRCoder.QRCodeGenerator())
        using (var qr = generator.CreateQrCode(VietQr.Payload("970436", "0011002345678"), QRCoder.QRCodeGenerator.ECCLevel.M))
        {
            var dark = qr.ModuleMatrix.Sum(row => row.Cast<bool>().Count(b => b));
            document.GetPage(1).Paths.Count(p => p.IsFilled).ShouldBe(dark);
        }
    }

    [Fact]
    public async Task A_campaign_with_only_the_old_free_text_account_shows_it_and_no_QR()
    {
        var head = await NewHeadAsync();
        var created = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns",
            Campaign(new { bankBin = (string?)null, bankAccountNumber = (string?)null, bankAccountHolder = (string?)null, bankAccount = "0123456789 Vietcombank CN Thanh Hóa", targetMaximum = (long?)null })))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/status", new { version = created.GetProperty("version").GetGuid(), status = "Open" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var anonymous = factory.World.Anonymous();
        var page = await (await anonymous.GetAsync($"/api/v1/public/campaigns/{id}")).ReadAsync<JsonElement>();
        page.GetProperty("bankAccount").GetString().ShouldBe("0123456789 Vietcombank CN Thanh Hóa");
        page.GetProperty("transfer").ValueKind.ShouldBe(JsonValueKind.Null);
        var bytes = await (await anonymous.GetAsync($"/api/v1/public/campaigns/{id}/export?format=Pdf")).Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        string.Concat(document.GetPage(1).Letters.Select(l => l.Value)).ShouldContain("0123456789 Vietcombank CN Thanh Hóa");
        document.GetPage(1).Paths.Count(p => p.IsFilled).ShouldBe(0);
    }

    [Theory]
    [InlineData("targetMaximum", 90_000_000L, null, null)]
    [InlineData("bankBin", null, "123456", "0011002345678")]
    [InlineData("bankAccountNumber", null, "970436", "12ab")]
    [InlineData("bankAccountNumber", null, "970436", null)]
    public async Task A_bad_target_range_or_transfer_account_is_refused_and_nothing_is_written(string field, long? maximum, string? bin, string? number)
    {
        var head = await NewHeadAsync();
        var problem = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns",
            Campaign(new { targetMaximum = maximum ?? 150_000_000, bankBin = bin, bankAccountNumber = number }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        var list = await (await head.GetAsync("/api/v1/fundraising/campaigns")).ReadAsync<JsonElement>();
        list.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PublicTransferOnPostgres(PostgresApiFactory factory) : PublicTransferTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class PublicTransferOnSqlite(SqliteApiFactory factory) : PublicTransferTests(factory);
