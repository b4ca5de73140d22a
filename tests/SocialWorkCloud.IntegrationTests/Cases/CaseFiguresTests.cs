using System.Net;
using System.Text.Json;
using MiniExcelLibs;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Cases;

public abstract class CaseFiguresTests(ApiFactory factory)
{
    private TestWorld World => factory.World;
    // Vietnam's date (UTC+7): the API dates cases by it, and after 17:00 UTC it is already tomorrow there.
    private static string Today => DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_facility_figures_count_cases_categories_children_counselling_and_referrals_and_the_province_sees_aggregates_only()
    {
        var province = await World.NewProvinceAsync("Tỉnh Số Liệu");
        var facility = await World.NewFacilityAsync(province, FacilityType.CommuneHealthStation, "Trạm Y tế Số Liệu");
        var workerEmail = $"fig.{Guid.NewGuid():N}@test.vn";
        var headEmail = $"fig.head.{Guid.NewGuid():N}@test.vn";
        var officerEmail = $"fig.officer.{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(workerEmail, UserRole.SocialWorker, facility, null);
        await World.NewUserAsync(headEmail, UserRole.FacilityAdmin, facility, null);
        await World.NewUserAsync(officerEmail, UserRole.ProvinceOfficer, null, province);
        using var worker = await World.ClientForAsync(workerEmail);
        using var head = await World.ClientForAsync(headEmail);

        var child = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Lò Thị Nhỏ", birthYear = DateTime.UtcNow.Year - 7, vulnerabilities = new[] { "ChildOrphaned", "Hardship" }, nationalId = "001122334455", createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var elder = await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Hà Văn Già", birthYear = 1940, vulnerabilities = new[] { "Elderly" }, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var caseOf = async (JsonElement client) => await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId = client.GetProperty("id").GetGuid(), priority = "Normal", riskLevel = "Low", intakeSource = "Commune", presentingProblem = "Khó khăn",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await caseOf(child);
        var elderCase = await caseOf(elder);

        // Close the elder's case the same day: 0 days to close.
        var id = elderCase.GetProperty("id").GetGuid();
        var closing = await (await worker.PostJsonAsync($"/api/v1/cases/{id}/approval-requests", new { subject = "Closure", closingReason = "Chuyển nơi ở", version = elderCase.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        await (await head.PostJsonAsync($"/api/v1/cases/{id}/approval-decisions", new { subject = "Closure", approve = true, version = closing.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();

        foreach (var (before, after) in new[] { (8, 4), (6, 5) })
        {
            await (await worker.PostJsonAsync("/api/v1/counselling-sessions", new
            {
                clientId = child.GetProperty("id").GetGuid(), withRelative = true, relativeName = "Bà ngoại", heldOn = Today, durationMinutes = 45, topic = "Mất người thân",
                distressBefore = before, distressAfter = after,
            })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        }
        await (await worker.PostJsonAsync("/api/v1/counselling-sessions", new { clientId = child.GetProperty("id").GetGuid(), withRelative = false, heldOn = Today, durationMinutes = 0, topic = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await worker.PostJsonAsync("/api/v1/counselling-sessions", new { clientId = child.GetProperty("id").GetGuid(), withRelative = false, heldOn = Today, durationMinutes = 30, topic = "x", distressBefore = 11 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await worker.PostJsonAsync($"/api/v1/cases/{id}/referrals", new { target = "ExternalAgency", agencyKind = "Ngo", agencyName = "NGO", reason = "x", sentOn = Today, sharesPersonalData = false }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity); // closed case
        var childCase = (await (await worker.GetAsync("/api/v1/cases?openOnly=true")).ReadAsync<JsonElement>()).GetProperty("items")[0].GetProperty("id").GetGuid();
        await (await worker.PostJsonAsync($"/api/v1/cases/{childCase}/referrals", new { target = "ExternalAgency", agencyKind = "School", agencyName = "Trường tiểu học", reason = "Học tập", sentOn = Today, sharesPersonalData = false }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);

        var figures = await (await worker.GetAsync($"/api/v1/cases/figures?from={DateTime.UtcNow.AddHours(7).Year}-01-01&to={Today}")).ReadAsync<JsonElement>();
        figures.GetProperty("casesOpened").GetInt32().ShouldBe(2);
        figures.GetProperty("casesClosed").GetInt32().ShouldBe(1);
        figures.GetProperty("openCases").GetInt32().ShouldBe(1);
        figures.GetProperty("averageDaysToClose").GetDouble().ShouldBe(0);
        figures.GetProperty("childrenInSpecialCircumstancesSupported").GetInt32().ShouldBe(1);
        figures.GetProperty("counsellingSessions").GetInt32().ShouldBe(2);
        figures.GetProperty("averageDistressChange").GetDouble().ShouldBe(-2.5);
        var categories = figures.GetProperty("clientsByVulnerability").EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!, c => c.GetProperty("clients").GetInt32());
        categories.ShouldBe(new Dictionary<string, int> { ["ChildOrphaned"] = 1, ["Elderly"] = 1, ["Hardship"] = 1 }, ignoreOrder: true);
        figures.GetProperty("referralsByStatus").EnumerateArray().Single(r => r.GetProperty("status").GetString() == "Sent").GetProperty("referrals").GetInt32().ShouldBe(1);

        using var officer = await World.ClientForAsync(officerEmail);
        var aggregates = await (await officer.GetAsync($"/api/v1/provinces/{province}/case-figures")).ReadAsync<JsonElement>();
        var row = aggregates.GetProperty("facilities").EnumerateArray().Single();
        row.GetProperty("facilityId").GetGuid().ShouldBe(facility);
        row.GetProperty("casesOpened").GetInt32().ShouldBe(2);
        row.GetProperty("casesClosed").GetInt32().ShouldBe(1);
        row.GetProperty("childrenInSpecialCircumstancesSupported").GetInt32().ShouldBe(1);
        row.GetProperty("counsellingSessions").GetInt32().ShouldBe(2);
        aggregates.ToString().ShouldNotContain("Lò Thị Nhỏ");
        // The officer reads no record.
        await (await officer.GetAsync($"/api/v1/cases/{childCase}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.GetAsync("/api/v1/cases/figures")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // The Excel export masks identifiers.
        var export = await worker.GetAsync("/api/v1/cases/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(2);
        rows.Select(r => r["CCCD"]?.ToString()).ShouldContain("********4455");
        rows.SelectMany(r => r.Values).Select(v => v?.ToString()).ShouldNotContain("001122334455");
    }
}

public sealed class CaseFiguresOnPostgres(SharedPostgres api) : CaseFiguresTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CaseFiguresOnSqlite(SharedSqlite api) : CaseFiguresTests(api.Factory), IClassFixture<SharedSqlite>;
