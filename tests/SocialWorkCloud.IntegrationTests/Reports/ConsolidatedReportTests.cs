using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Reports;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace SocialWorkCloud.IntegrationTests.Reports;

/// <summary>
/// Issue 18: the province's consolidated report to the Ministry sums only the approved facility reports of the period and
/// names the facilities missing (hand-computed below), in the administrative format.
/// </summary>
public abstract class ConsolidatedReportTests(ApiFactory factory)
{
    private TestWorld World => factory.World;
    private static readonly ReportPeriod Q1 = new(ReportPeriodKind.Quarter, 2026, 1);

    private static ReportFigures Figures(int guidance, int help, long cash, int staff, int trained, int wheelchairs) => new(
        Q1.Start, Q1.End, Q1.End,
        new ReceptionSection(guidance + help, [new(ContactKind.Guidance, guidance), new(ContactKind.AdministrativeHelp, help)]),
        new CounsellingSection(2, 1, 1, 2),
        new CommunicationSection(0, [], 0),
        new FundraisingSection(cash, 0, 0, 1, [new("Xe lăn", "chiếc", wheelchairs)], []),
        new CharitySection(0, 0, 0, []),
        new ServicesSection(0, []),
        new TrainingSection(1, trained, trained, staff, trained, staff == 0 ? null : 100m * trained / staff, 1, 1),
        new CaseSection(1, 0, 1, 1));

    /// <summary>A facility's Q1 2026 report, taken through the workflow to <paramref name="to"/>.</summary>
    private async Task<Guid> ReportAsync(Guid facilityId, Guid provinceId, ReportFigures figures, ReportStatus to)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var actor = new ReportActor(null, "Người thử");
        var at = new DateTimeOffset(2026, 4, 5, 3, 0, 0, TimeSpan.Zero);
        var (report, _) = PeriodicReport.Start(facilityId, provinceId, Q1, actor, at);
        report.RecordFigures(JsonSerializer.Serialize(figures, ReportMapping.Json), actor, at);
        report.Submit(actor, at.AddDays(1));
        if (to == ReportStatus.Approved) report.Approve(actor, at.AddDays(2));
        if (to == ReportStatus.Returned) report.Return(actor, at.AddDays(2), "Bổ sung");
        db.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    [Fact]
    public async Task The_province_sums_the_approved_reports_and_lists_who_is_missing()
    {
        var province = await World.NewProvinceAsync("Tổng Hợp " + Guid.NewGuid().ToString("N")[..6]);
        var hospital = await World.NewFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện Đa khoa tổng hợp");
        var station = await World.NewFacilityAsync(province, FacilityType.CommuneHealthStation, "Trạm Y tế xã Tổng Hợp");
        var waiting = await World.NewFacilityAsync(province, FacilityType.ProvincialCdc, "Trung tâm Kiểm soát bệnh tật chờ duyệt");
        var silent = await World.NewFacilityAsync(province, FacilityType.PrivateHospital, "Bệnh viện Tư nhân chưa gửi");
        var returned = await World.NewFacilityAsync(province, FacilityType.CommuneHealthStation, "Trạm Y tế phường bị trả lại");
        var closed = await World.NewFacilityAsync(province, FacilityType.CommuneHealthStation, "Trạm Y tế đã giải thể");
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Facilities.Where(f => f.Id == closed).ExecuteUpdateAsync(s => s.SetProperty(f => f.ClosedOn, new DateOnly(2025, 12, 31)));
        }
        await ReportAsync(hospital, province, Figures(5, 2, 210_000_000, 40, 11, 3), ReportStatus.Approved);
        await ReportAsync(station, province, Figures(3, 0, 1_000_000, 10, 1, 2), ReportStatus.Approved);
        var waitingReport = await ReportAsync(waiting, province, Figures(1000, 0, 999_000_000, 100, 100, 0), ReportStatus.Submitted);
        await ReportAsync(returned, province, Figures(500, 0, 5, 1, 1, 0), ReportStatus.Returned);
        var officerEmail = $"tonghop-{province:N}@test.vn";
        await World.NewUserAsync(officerEmail, UserRole.ProvinceOfficer, null, province);
        using var officer = await World.ClientForAsync(officerEmail);

        var r = await (await officer.GetAsync($"/api/v1/provinces/{province}/consolidated-report?kind=Quarter&year=2026&number=1")).ReadAsync<JsonElement>();
        r.GetProperty("periodName").GetString().ShouldBe("quý 1 năm 2026");
        r.GetProperty("expectedFacilities").GetInt32().ShouldBe(5);   // the dissolved station owes nothing
        r.GetProperty("approvedFacilities").GetInt32().ShouldBe(2);
        r.GetProperty("approvedPercent").GetDecimal().ShouldBe(40m);
        var f = r.GetProperty("figures");
        f.GetProperty("reception").GetProperty("contacts").GetInt32().ShouldBe(10);
        f.GetProperty("reception").GetProperty("byKind").EnumerateArray().Select(k => (k.GetProperty("kind").GetString(), k.GetProperty("count").GetInt32()))
            .ShouldBe([("Guidance", 8), ("AdministrativeHelp", 2)]);
        f.GetProperty("fundraising").GetProperty("cashRaised").GetInt64().ShouldBe(211_000_000);
        f.GetProperty("fundraising").GetProperty("goodsReceived").EnumerateArray().Select(g => (g.GetProperty("item").GetString(), g.GetProperty("quantity").GetInt32()))
            .ShouldBe([("Xe lăn", 5)]);
        // 12 of 50 medical staff: the share of the sums, not the mean of 27.5 % and 10 %.
        f.GetProperty("training").GetProperty("medicalStaffTrained").GetInt32().ShouldBe(12);
        f.GetProperty("training").GetProperty("medicalStaffTrainedPercent").GetDecimal().ShouldBe(24m);
        f.GetProperty("cases").GetProperty("childrenInSpecialCircumstancesSupported").GetInt32().ShouldBe(2);
        r.GetProperty("included").EnumerateArray().Select(i => i.GetProperty("facilityId").GetGuid()).ShouldBe([hospital, station], ignoreOrder: true);
        var missing = r.GetProperty("missing").EnumerateArray().Select(m => (m.GetProperty("facilityId").GetGuid(), m.GetProperty("reason").GetString())).ToList();
        missing.ShouldBe([(silent, "NotSubmitted"), (waiting, "AwaitingApproval"), (returned, "Returned")]);

        var pdf = await officer.GetAsync($"/api/v1/provinces/{province}/consolidated-report/export?kind=Quarter&year=2026&number=1&format=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[]
                 {
                     "UBND TỈNH TỔNG HỢP", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Kính gửi: Bộ Y tế.", "quý 1 năm 2026",
                     "I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC XÃ HỘI", "211.000.000", "III. ĐƠN VỊ CHƯA CÓ BÁO CÁO ĐƯỢC DUYỆT",
                     "Bệnh viện Tư nhân chưa gửi", "chưa gửi báo cáo", "đã gửi, chờ duyệt", "Nơi nhận:", "GIÁM ĐỐC",
                 })
            text.ShouldContain(expected, Shouldly.Case.Sensitive, $"the PDF lacks \"{expected}\"");
        text.ShouldNotContain("999.000.000");

        var xlsx = await officer.GetAsync($"/api/v1/provinces/{province}/consolidated-report/export?kind=Quarter&year=2026&number=1&format=Xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldContain(x => Equals(x["Nội dung"], "Vận động tài trợ: tiền mặt tiếp nhận (đồng)") && Equals(x["Giá trị"], "211.000.000"));
        rows.ShouldContain(x => Equals(x["Mục"], ConsolidatedDocument.S3) && Equals(x["Giá trị"], "đã gửi, chờ duyệt"));

        // Approving the waiting report brings it in.
        var view = await (await officer.GetAsync($"/api/v1/reports/{waitingReport}")).ReadAsync<JsonElement>();
        (await officer.PostJsonAsync($"/api/v1/reports/{waitingReport}/approve", new { version = view.GetProperty("version").GetGuid() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await (await officer.GetAsync($"/api/v1/provinces/{province}/consolidated-report?kind=Quarter&year=2026&number=1")).ReadAsync<JsonElement>();
        after.GetProperty("approvedFacilities").GetInt32().ShouldBe(3);
        after.GetProperty("figures").GetProperty("reception").GetProperty("contacts").GetInt32().ShouldBe(1010);
    }

    [Fact]
    public async Task Only_the_province_s_own_officers_read_it_and_a_period_without_approvals_has_no_figures()
    {
        using var officer1 = await World.ClientForAsync(TestWorld.Officer1);
        var empty = await (await officer1.GetAsync($"/api/v1/provinces/{World.Province1}/consolidated-report?kind=Year&year=2001")).ReadAsync<JsonElement>();
        empty.GetProperty("figures").ValueKind.ShouldBe(JsonValueKind.Null);
        empty.GetProperty("approvedFacilities").GetInt32().ShouldBe(0);
        (await officer1.GetAsync($"/api/v1/provinces/{World.Province1}/consolidated-report/export?kind=Year&year=2001&format=Pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await officer1.GetAsync($"/api/v1/provinces/{World.Province2}/consolidated-report?kind=Year&year=2024")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        (await admin.GetAsync($"/api/v1/provinces/{World.Province1}/consolidated-report?kind=Year&year=2024")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // An ad-hoc range or a month 13 is no period to consolidate.
        await (await officer1.GetAsync($"/api/v1/provinces/{World.Province1}/consolidated-report?kind=AdHoc&year=2026&number=1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await officer1.GetAsync($"/api/v1/provinces/{World.Province1}/consolidated-report?kind=Month&year=2026&number=13")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await officer1.GetAsync($"/api/v1/provinces/{World.Province1}/consolidated-report/export?kind=Year&year=2026&format=Doc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class ConsolidatedReportsOnPostgres(SharedPostgres api) : ConsolidatedReportTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ConsolidatedReportsOnSqlite(SharedSqlite api) : ConsolidatedReportTests(api.Factory), IClassFixture<SharedSqlite>;
