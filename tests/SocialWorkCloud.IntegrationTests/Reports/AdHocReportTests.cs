using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace SocialWorkCloud.IntegrationTests.Reports;

/// <summary>
/// Issue 18: monthly and ad-hoc reports ("định kỳ hoặc đột xuất"), the ad-hoc report as the way to report early,
/// and a ward station's report addressed to its People's Committee as well as the Health Department.
/// </summary>
public abstract class AdHocReportTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private sealed record Unit(Guid ProvinceId, Guid FacilityId, HttpClient Admin, HttpClient Officer);

    private async Task<Unit> NewUnitAsync(FacilityType type, string name, string? commune = null)
    {
        var province = await World.NewProvinceAsync("Tỉnh đột xuất " + Guid.NewGuid().ToString("N")[..6]);
        var facility = await World.NewFacilityAsync(province, type, name);
        if (commune is not null)
        {
            await using var scope = factory.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Facilities.Where(f => f.Id == facility).ExecuteUpdateAsync(s => s.SetProperty(f => f.CommuneWard, commune));
        }
        var tag = Guid.NewGuid().ToString("N")[..8];
        await World.NewUserAsync($"adhoc-{tag}@test.vn", UserRole.FacilityAdmin, facility, null);
        await World.NewUserAsync($"adhoc-officer-{tag}@test.vn", UserRole.ProvinceOfficer, null, province);
        return new Unit(province, facility, await World.ClientForAsync($"adhoc-{tag}@test.vn"), await World.ClientForAsync($"adhoc-officer-{tag}@test.vn"));
    }

    private static async Task<JsonElement> WaitAsync(HttpClient admin, HttpResponseMessage started)
    {
        var run = await started.ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var runId = run.GetProperty("id").GetGuid();
        for (var i = 0; i < 300 && run.GetProperty("status").GetString() != "Succeeded"; i++)
        {
            await Task.Delay(100);
            run = await (await admin.GetAsync($"/api/v1/reports/runs/{runId}")).ReadAsync<JsonElement>();
            run.GetProperty("status").GetString().ShouldNotBe("Failed", run.ToString());
        }
        run.GetProperty("status").GetString().ShouldBe("Succeeded");
        return await (await admin.GetAsync($"/api/v1/reports/{run.GetProperty("reportId").GetGuid()}")).ReadAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, JsonElement report) =>
        client.PostJsonAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}/submit", new { version = report.GetProperty("version").GetGuid() });

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_station_reports_early_ad_hoc_to_the_Health_Department_and_its_People_s_Committee()
    {
        var u = await NewUnitAsync(FacilityType.CommuneHealthStation, "Trạm Y tế phường Hạc Thành", "Phường Hạc Thành");
        var today = VietnamClock.Today();
        var (from, to) = (today.AddDays(-5), today.AddDays(10));

        var report = await WaitAsync(u.Admin, await u.Admin.PostJsonAsync("/api/v1/reports",
            new { kind = "AdHoc", from = Iso(from), to = Iso(to), subject = "Tình hình hỗ trợ người bệnh dịp rét đậm", addressedToPeoplesCommittee = true }));
        report.GetProperty("kind").GetString().ShouldBe("AdHoc");
        report.GetProperty("number").GetInt32().ShouldBe(1);
        report.GetProperty("year").GetInt32().ShouldBe(from.Year);
        report.GetProperty("subject").GetString().ShouldBe("Tình hình hỗ trợ người bệnh dịp rét đậm");
        report.GetProperty("dueOn").ValueKind.ShouldBe(JsonValueKind.Null);
        report.GetProperty("figures").GetProperty("through").GetString().ShouldBe(Iso(today));
        report.GetProperty("addressedToPeoplesCommittee").GetBoolean().ShouldBeTrue();
        report.GetProperty("addressedTo").EnumerateArray().Select(a => a.GetString()).ToList()
            .ShouldBe([$"Sở Y tế {await ProvinceNameAsync(u.ProvinceId)}", "Ủy ban nhân dân Phường Hạc Thành"]);
        report.GetProperty("recipients").GetString()!.ShouldContain("UBND xã/phường (b/c)");

        // Submitted before its range ends: the early way to report; the province sees it in its inbox.
        var submitted = await (await SubmitAsync(u.Admin, report)).ReadAsync<JsonElement>();
        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        var inbox = await (await u.Officer.GetAsync("/api/v1/reports?status=Submitted")).ReadAsync<JsonElement>();
        var row = inbox.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == report.GetProperty("id").GetGuid());
        row.GetProperty("periodName").GetString().ShouldStartWith("đột xuất từ ngày");
        row.GetProperty("subject").GetString().ShouldBe("Tình hình hỗ trợ người bệnh dịp rét đậm");

        var pdf = await u.Officer.GetAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}/export?format=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[] { "BÁO CÁO", "Tình hình hỗ trợ người bệnh dịp rét đậm", "Báo cáo đột xuất", "Kính gửi:", "Ủy ban nhân dân Phường Hạc Thành" })
            text.ShouldContain(expected, Shouldly.Case.Sensitive, $"the PDF lacks \"{expected}\"");

        // The next ad-hoc report of the year is number 2; the province's timeliness has no ad-hoc period.
        var second = await WaitAsync(u.Admin, await u.Admin.PostJsonAsync("/api/v1/reports",
            new { kind = "AdHoc", from = Iso(from), to = Iso(from), subject = "Vụ việc bạo lực gia đình" }));
        second.GetProperty("number").GetInt32().ShouldBe(2);
        second.GetProperty("addressedTo").GetArrayLength().ShouldBe(1);
        await (await u.Officer.GetAsync($"/api/v1/provinces/{u.ProvinceId}/report-timeliness?kind=AdHoc&year={from.Year}&number=1"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_monthly_report_waits_for_its_month_to_end()
    {
        var u = await NewUnitAsync(FacilityType.CommuneHealthStation, "Trạm Y tế xã Đông Sơn");
        var thisMonth = Periods.MonthOf(VietnamClock.Today());
        var lastMonth = thisMonth.Previous();

        var current = await WaitAsync(u.Admin, await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "Month", year = thisMonth.Year, number = thisMonth.Number }));
        current.GetProperty("periodName").GetString().ShouldBe($"tháng {thisMonth.Number} năm {thisMonth.Year}");
        current.GetProperty("dueOn").GetString().ShouldBe(Iso(thisMonth.End.AddDays(15)));
        (await (await SubmitAsync(u.Admin, current)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("code").GetString().ShouldBe("report-period-not-ended");

        var ended = await WaitAsync(u.Admin, await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "Month", year = lastMonth.Year, number = lastMonth.Number }));
        ended.GetProperty("periodStart").GetString().ShouldBe(Iso(lastMonth.Start));
        ended.GetProperty("periodEnd").GetString().ShouldBe(Iso(lastMonth.End));
        (await (await SubmitAsync(u.Admin, ended)).ReadAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Submitted");

        await (await u.Admin.PostJsonAsync("/api/v1/reports", new { kind = "Month", year = 2026, number = 13 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var timeliness = await (await u.Officer.GetAsync($"/api/v1/provinces/{u.ProvinceId}/report-timeliness?kind=Month&year={lastMonth.Year}&number={lastMonth.Number}"))
            .ReadAsync<JsonElement>();
        timeliness.GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facilityId").GetGuid() == u.FacilityId)
            .GetProperty("state").GetString().ShouldNotBe("Overdue");
    }

    [Fact]
    public async Task Bad_ad_hoc_requests_are_refused_and_write_nothing()
    {
        var hospital = await NewUnitAsync(FacilityType.PublicHospital, "Bệnh viện Đa khoa đột xuất");
        var today = VietnamClock.Today();

        // A hospital has no People's Committee to report to.
        (await (await hospital.Admin.PostJsonAsync("/api/v1/reports",
                new { kind = "AdHoc", from = Iso(today), to = Iso(today), subject = "Về việc", addressedToPeoplesCommittee = true }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("report-committee-commune-only");
        // No subject, no range, a reversed or over-long range, a range starting tomorrow, a range on a periodic report.
        foreach (var body in new object[]
                 {
                     new { kind = "AdHoc", from = Iso(today), to = Iso(today) },
                     new { kind = "AdHoc", subject = "Về việc" },
                     new { kind = "AdHoc", from = Iso(today), to = Iso(today.AddDays(-1)), subject = "Về việc" },
                     new { kind = "AdHoc", from = Iso(today.AddDays(-400)), to = Iso(today), subject = "Về việc" },
                     new { kind = "AdHoc", from = Iso(today.AddDays(1)), to = Iso(today.AddDays(2)), subject = "Về việc" },
                     new { kind = "Month", year = 2026, number = 1, from = Iso(today), to = Iso(today) },
                 })
            await (await hospital.Admin.PostJsonAsync("/api/v1/reports", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await (await hospital.Admin.GetAsync("/api/v1/reports")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);

        // Nor may a hospital's existing report be addressed to one later.
        var report = await WaitAsync(hospital.Admin, await hospital.Admin.PostJsonAsync("/api/v1/reports",
            new { kind = "AdHoc", from = Iso(today), to = Iso(today), subject = "Về việc" }));
        (await (await hospital.Admin.PutJsonAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}",
                new { version = report.GetProperty("version").GetGuid(), addressedToPeoplesCommittee = true, results = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("report-committee-commune-only");
        var after = await (await hospital.Admin.GetAsync($"/api/v1/reports/{report.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
        after.GetProperty("results").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("addressedToPeoplesCommittee").GetBoolean().ShouldBeFalse();
    }

    private async Task<string> ProvinceNameAsync(Guid provinceId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.Name).SingleAsync();
    }
}

public sealed class AdHocReportsOnPostgres(SharedPostgres api) : AdHocReportTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class AdHocReportsOnSqlite(SharedSqlite api) : AdHocReportTests(api.Factory), IClassFixture<SharedSqlite>;
