using System.Globalization;
using System.Net;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Architecture;

/// <summary>
/// Only submitted (or acknowledged) annual plans and submitted reports reach the province, through every route: with a
/// facility's draft plan and draft report present, the province officer calls every GET route of the API (from the endpoint
/// data source, so a new route is covered without edits), each id in the path filled with the draft's ids, and no answer
/// carries a draft's id or content. In a tenant of its own.
/// </summary>
public abstract class ProvinceReadGuardTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task No_province_facing_route_shows_a_draft_plan_or_a_draft_report()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Nháp");
        var tag = Guid.NewGuid().ToString("N")[..10];
        using var head = await tenant.AdminAsync();
        using var officer = await tenant.OfficerAsync();
        var today = VietnamClock.Today();
        var iso = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // The unit's draft annual plan for this year.
        var plan = await (await head.PostJsonAsync("/api/v1/plans", new
        {
            year = today.Year, summary = "Kế hoạch nháp " + tag,
            targets = new object[] { new { text = "Mục tiêu nháp " + tag } },
            activities = new object[] { new { title = "Hoạt động nháp " + tag, month = 3, responsible = "Phòng CTXH", budgetVnd = 12_345_678 } },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        plan.GetProperty("status").GetString().ShouldBe("Draft");
        var planId = plan.GetProperty("id").GetGuid();

        // The unit's draft report for the last ended quarter, with its narrative written.
        var quarter = SocialWorkCloud.Application.Features.Notifications.DeadlineJobs.LastEnded(Domain.Reports.ReportPeriodKind.Quarter, today)!.Value;
        var run = await (await head.PostJsonAsync("/api/v1/reports", new { kind = "Quarter", year = quarter.Year, number = quarter.Number }))
            .ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var runId = run.GetProperty("id").GetGuid();
        var reportId = await ReportRuns.WaitForReportIdAsync(head, runId);
        var report = await (await head.GetAsync($"/api/v1/reports/{reportId}")).ReadAsync<JsonElement>();
        (await head.PutJsonAsync($"/api/v1/reports/{reportId}", new
        {
            version = report.GetProperty("version").GetGuid(), results = "Kết quả nháp " + tag, difficulties = "Khó khăn nháp " + tag, proposals = "Đề xuất nháp " + tag,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal)
        {
            ["provinceId"] = tenant.ProvinceId, ["facilityId"] = tenant.HospitalId, ["planId"] = planId, ["reportId"] = reportId, ["runId"] = runId,
        };
        string[] secrets = [tag, planId.ToString(), reportId.ToString(), runId.ToString()];
        var query = $"?asOf={iso}&year={today.Year}&kind=Quarter&number={quarter.Number}&from={today.Year}-01-01&to={iso}&pageSize=100&trend=true"
            + $"&provinceId={tenant.ProvinceId}&facilityId={tenant.HospitalId}";

        var routes = ApiSurface.Routes(factory).Where(r => r.Method == "GET").OrderBy(r => r.Pattern, StringComparer.Ordinal).ToList();
        var leaks = new List<string>();
        var answered = new List<string>();
        foreach (var route in routes)
        {
            foreach (var url in ProvinceReads.Urls(route.Pattern, ids, [planId, reportId, runId]))
            {
                var response = await officer.GetAsync(url + query);
                ((int)response.StatusCode).ShouldBeLessThan(500, url);
                if (!response.IsSuccessStatusCode) continue;
                answered.Add(route.Pattern);
                var type = response.Content.Headers.ContentType?.MediaType ?? "";
                if (!type.Contains("json", StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal))
                {
                    // A file (Excel, PDF) cannot be searched: one that names a draft in its address must not be served at all.
                    if (secrets.Any(s => url.Contains(s, StringComparison.OrdinalIgnoreCase))) leaks.Add($"{url}: served a file of a draft");
                    continue;
                }
                var body = await response.Content.ReadAsStringAsync();
                foreach (var secret in secrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)))
                    leaks.Add($"{url}: carries {(secret == tag ? "a draft's content" : "the draft id " + secret)}");
            }
        }
        leaks.ShouldBeEmpty(string.Join("\n", leaks));
        // The probe reached the province's own pages (not a wall of 403/404s): its plans, progress, reports and timeliness.
        answered.ShouldContain("/api/v1/provinces/{provinceId:guid}/plans");
        answered.ShouldContain("/api/v1/facilities/{facilityId:guid}/progress");
        answered.ShouldContain("/api/v1/reports");
        answered.ShouldContain("/api/v1/provinces/{provinceId:guid}/report-timeliness");

        // Once submitted, the same routes do show them: the guard sees what it looks for.
        var submitted = await (await head.PostJsonAsync($"/api/v1/plans/{planId}/submit", new { version = plan.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        (await (await officer.GetAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans/{planId}")).Content.ReadAsStringAsync()).ShouldContain(tag);
    }

    [Fact]
    public async Task The_province_reads_what_was_sent_not_the_units_rework_of_a_returned_or_reopened_report()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Sửa lại");
        using var head = await tenant.AdminAsync();
        using var officer = await tenant.OfficerAsync();
        var today = VietnamClock.Today();
        var quarter = SocialWorkCloud.Application.Features.Notifications.DeadlineJobs.LastEnded(Domain.Reports.ReportPeriodKind.Quarter, today)!.Value;
        var runId = (await (await head.PostJsonAsync("/api/v1/reports", new { kind = "Quarter", year = quarter.Year, number = quarter.Number }))
            .ReadAsync<JsonElement>(HttpStatusCode.Accepted)).GetProperty("id").GetGuid();
        var reportId = await ReportRuns.WaitForReportIdAsync(head, runId);
        string Tag() => Guid.NewGuid().ToString("N")[..12];
        var (sent1, rework1, rework2) = (Tag(), Tag(), Tag());

        async Task<JsonElement> WriteAsync(string tag)
        {
            var current = await (await head.GetAsync($"/api/v1/reports/{reportId}")).ReadAsync<JsonElement>();
            return await (await head.PutJsonAsync($"/api/v1/reports/{reportId}", new
            {
                version = current.GetProperty("version").GetGuid(), reportNumber = tag + "/BC", results = "Kết quả " + tag, difficulties = "Khó khăn " + tag,
                proposals = "Đề xuất " + tag, signerName = "Người ký " + tag,
            })).ReadAsync<JsonElement>();
        }
        async Task<JsonElement> DecideAsync(HttpClient who, string action, string? comment = null)
        {
            var current = await (await who.GetAsync($"/api/v1/reports/{reportId}")).ReadAsync<JsonElement>();
            return await (await who.PostJsonAsync($"/api/v1/reports/{reportId}/{action}", new { version = current.GetProperty("version").GetGuid(), comment }))
                .ReadAsync<JsonElement>();
        }

        await WriteAsync(sent1);
        var submitted = await DecideAsync(head, "submit");
        var generatedAt = submitted.GetProperty("generatedAt").GetDateTimeOffset();
        await DecideAsync(officer, "return", "Bổ sung số liệu");
        // The unit reworks the returned report: new text, and its figures generated again.
        await WriteAsync(rework1);
        var regenerate = (await (await head.PostJsonAsync($"/api/v1/reports/{reportId}/regenerate", new { })).ReadAsync<JsonElement>(HttpStatusCode.Accepted))
            .GetProperty("id").GetGuid();
        await ReportRuns.WaitForReportIdAsync(head, regenerate);
        var own = await (await head.GetAsync($"/api/v1/reports/{reportId}")).ReadAsync<JsonElement>();
        own.GetProperty("results").GetString().ShouldBe("Kết quả " + rework1);
        own.GetProperty("generatedAt").GetDateTimeOffset().ShouldBeGreaterThan(generatedAt);
        own.GetProperty("shownSubmission").ValueKind.ShouldBe(JsonValueKind.Null);

        var seen = await (await officer.GetAsync($"/api/v1/reports/{reportId}")).ReadAsync<JsonElement>();
        (seen.GetProperty("status").GetString(), seen.GetProperty("results").GetString(), seen.GetProperty("signerName").GetString())
            .ShouldBe(("Returned", "Kết quả " + sent1, "Người ký " + sent1));
        seen.GetProperty("generatedAt").GetDateTimeOffset().ShouldBe(generatedAt);
        seen.GetProperty("figures").ToString().ShouldBe(submitted.GetProperty("figures").ToString());
        seen.GetProperty("shownSubmission").GetProperty("number").GetInt32().ShouldBe(1);
        await NoRouteShowsAsync(tenant, officer, reportId, quarter.Number, rework: rework1, sent: sent1);

        // Sent again, approved, then reopened by the province and reworked: the province reads the second submission.
        await DecideAsync(head, "submit");
        await DecideAsync(officer, "approve");
        await DecideAsync(officer, "reopen", "Điều chỉnh số liệu");
        await WriteAsync(rework2);
        seen = await (await officer.GetAsync($"/api/v1/reports/{reportId}")).ReadAsync<JsonElement>();
        (seen.GetProperty("status").GetString(), seen.GetProperty("results").GetString()).ShouldBe(("Draft", "Kết quả " + rework1));
        seen.GetProperty("shownSubmission").GetProperty("number").GetInt32().ShouldBe(2);
        await NoRouteShowsAsync(tenant, officer, reportId, quarter.Number, rework: rework2, sent: rework1);
    }

    [Fact]
    public async Task A_returned_plan_reaches_the_province_as_returned_never_as_the_units_rework_until_resubmitted()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Kế hoạch trả lại");
        using var head = await tenant.AdminAsync();
        using var officer = await tenant.OfficerAsync();
        var year = VietnamClock.Today().Year;
        var quarter = SocialWorkCloud.Application.Features.Notifications.DeadlineJobs.LastEnded(Domain.Reports.ReportPeriodKind.Quarter, VietnamClock.Today())!.Value;
        string Tag() => Guid.NewGuid().ToString("N")[..12];
        var (sent, rework) = (Tag(), Tag());
        var plan = await (await head.PostJsonAsync("/api/v1/plans", new
        {
            year, summary = "Kế hoạch gửi " + sent,
            targets = new object[] { new { text = "Mục tiêu gửi " + sent } },
            activities = new object[] { new { title = "Hoạt động gửi " + sent, month = 3, budgetVnd = 5_000_000 } },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        plan = await (await head.PostJsonAsync($"/api/v1/plans/{planId}/submit", new { version = plan.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();

        // The Department returns it: the answer is the plan it decided on.
        var returned = await (await officer.PostJsonAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans/{planId}/review",
            new { decision = "Return", comment = "Bổ sung chỉ tiêu trẻ em", version = plan.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        (returned.GetProperty("status").GetString(), returned.GetProperty("summary").GetString(), returned.GetProperty("reviewComment").GetString())
            .ShouldBe(("Returned", "Kế hoạch gửi " + sent, "Bổ sung chỉ tiêu trẻ em"));

        // The unit reworks it: new summary, goals and activities.
        var own = await (await head.GetAsync($"/api/v1/plans/{planId}")).ReadAsync<JsonElement>();
        var reworked = await (await head.PutJsonAsync($"/api/v1/plans/{planId}", new
        {
            version = own.GetProperty("version").GetGuid(), summary = "Kế hoạch sửa " + rework,
            targets = new object[] { new { text = "Mục tiêu sửa " + rework }, new { text = "Mục tiêu trẻ em " + rework } },
            activities = new object[]
            {
                new { title = "Hoạt động sửa " + rework, month = 4, responsible = "Tổ CTXH " + rework, budgetVnd = 7_000_000 },
                new { title = "Hoạt động mới " + rework, month = 5, budgetVnd = 1_000_000 },
                new { title = "Tập huấn " + rework, month = 6 },
            },
        })).ReadAsync<JsonElement>();
        reworked.GetProperty("status").GetString().ShouldBe("Returned");

        // No province route shows the rework; the list still tells the officer the plan is back with the unit, and why.
        var (leaks, _) = await ReadEveryRouteAsync(tenant, officer, new() { ["planId"] = planId }, [planId], quarter.Number, rework, sent);
        leaks.ShouldBeEmpty(string.Join("\n", leaks));
        var row = (await (await officer.GetAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans?year={year}")).ReadAsync<JsonElement>()).EnumerateArray().Single();
        (row.GetProperty("id").GetGuid(), row.GetProperty("status").GetString(), row.GetProperty("reviewComment").GetString())
            .ShouldBe((planId, "Returned", "Bổ sung chỉ tiêu trẻ em"));
        (row.GetProperty("targets").ValueKind, row.GetProperty("activities").ValueKind).ShouldBe((JsonValueKind.Null, JsonValueKind.Null));
        (await officer.GetAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var progress = await (await officer.GetAsync($"/api/v1/facilities/{tenant.HospitalId}/progress")).ReadAsync<JsonElement>();
        (progress.GetProperty("plan").GetProperty("status").GetString(), progress.GetProperty("plan").GetProperty("targets").GetArrayLength())
            .ShouldBe(("Returned", 0));
        // Deciding it again is refused by the plan's rule, not hidden.
        var again = await officer.PostJsonAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans/{planId}/review",
            new { decision = "Acknowledge", version = returned.GetProperty("version").GetGuid() });
        (await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("plan-not-submitted");

        // Resubmitted, the officer reads the new version everywhere the plan is shown.
        (await head.PostJsonAsync($"/api/v1/plans/{planId}/submit", new { version = reworked.GetProperty("version").GetGuid() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var seen = await (await officer.GetAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans/{planId}")).ReadAsync<JsonElement>();
        (seen.GetProperty("status").GetString(), seen.GetProperty("summary").GetString(), seen.GetProperty("activities").GetArrayLength())
            .ShouldBe(("Submitted", "Kế hoạch sửa " + rework, 3));
        row = (await (await officer.GetAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans?year={year}")).ReadAsync<JsonElement>()).EnumerateArray().Single();
        (row.GetProperty("targets").GetInt32(), row.GetProperty("activities").GetInt32()).ShouldBe((2, 3));
        progress = await (await officer.GetAsync($"/api/v1/facilities/{tenant.HospitalId}/progress")).ReadAsync<JsonElement>();
        progress.GetProperty("plan").GetProperty("targets").ToString().ShouldContain("Mục tiêu trẻ em " + rework);
    }

    /// <summary>
    /// Every GET route as the province officer, ids filled with the tenant's and the report's: none carries the rework's tag
    /// (files are read too: the PDF's text, the workbook's XML), and the report, its PDF and its workbook carry the sent one.
    /// </summary>
    private async Task NoRouteShowsAsync(Tenant tenant, HttpClient officer, Guid reportId, int quarter, string rework, string sent)
    {
        var (leaks, showsSent) = await ReadEveryRouteAsync(tenant, officer, new() { ["reportId"] = reportId }, [reportId], quarter, rework, sent);
        leaks.ShouldBeEmpty(string.Join("\n", leaks));
        showsSent.ShouldContain("/api/v1/reports/{reportId:guid}");
        showsSent.ShouldContain("/api/v1/reports/{reportId:guid}/export&format=Pdf");
        showsSent.ShouldContain("/api/v1/reports/{reportId:guid}/export&format=Xlsx");
        showsSent.ShouldContain("/api/v1/reports");
    }

    /// <summary>The URLs whose answer carries <paramref name="rework"/>, and the routes whose answer carries <paramref name="sent"/>.</summary>
    private async Task<(List<string> Leaks, List<string> ShowsSent)> ReadEveryRouteAsync(
        Tenant tenant, HttpClient officer, Dictionary<string, Guid> extraIds, Guid[] drafts, int quarter, string rework, string sent)
    {
        var answers = await ProvinceReads.EveryGetAsync(factory, tenant, officer, extraIds, drafts, quarter);
        return (answers.Where(a => a.Text.Contains(rework, StringComparison.OrdinalIgnoreCase)).Select(a => $"{a.Url}: shows the unit's rework").ToList(),
            answers.Where(a => a.Text.Contains(sent, StringComparison.OrdinalIgnoreCase)).Select(a => a.Pattern).ToList());
    }
}

public sealed class ProvinceReadGuardOnPostgres(SharedPostgres api) : ProvinceReadGuardTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ProvinceReadGuardOnSqlite(SharedSqlite api) : ProvinceReadGuardTests(api.Factory), IClassFixture<SharedSqlite>;
