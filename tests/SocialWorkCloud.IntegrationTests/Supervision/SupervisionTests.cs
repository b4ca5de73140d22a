using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Supervision;

/// <summary>
/// Supervision visits through HTTP: the province plans, records and closes; the facility follows up on
/// each recommendation; the province accepts or reopens; overdue as of a date; who may do what; and
/// isolation between facilities and provinces. Each test arranges its own province.
/// </summary>
public abstract class SupervisionTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private sealed record Arrangement(
        Guid Province, HttpClient Officer, ActivityFacility Hospital, ActivityFacility Other, HttpClient Worker, HttpClient OtherOfficer);

    private async Task<Arrangement> ArrangeAsync()
    {
        var province = await World.NewProvinceAsync("Tỉnh Giám Sát");
        var officer = $"officer-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(officer, UserRole.ProvinceOfficer, null, province);
        var hospital = await World.NewActivityFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện được giám sát");
        var other = await World.NewActivityFacilityAsync(province, FacilityType.ProvincialCdc, "CDC cùng tỉnh");
        var worker = $"worker-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(worker, UserRole.SocialWorker, hospital.Id, null);
        return new Arrangement(province, await World.ClientForAsync(officer), hospital, other, await World.ClientForAsync(worker),
            await World.ClientForAsync(TestWorld.Officer2));
    }

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static object Team() => new[] { new { name = "Nguyễn Thị Hồng", title = (string?)"Trưởng đoàn" }, new { name = "Trần Văn Đức", title = (string?)null } };

    private static async Task<JsonElement> PlanAsync(HttpClient officer, Guid facilityId, DateOnly plannedOn) =>
        await (await officer.PostJsonAsync("/api/v1/supervision/visits", new { facilityId, plannedOn = Iso(plannedOn), scope = "Kiểm tra CTXH", team = Team() }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>A visit conducted 30 days ago, with the given recommendations' due dates, closed.</summary>
    private static async Task<JsonElement> ClosedVisitAsync(HttpClient officer, Guid facilityId, params DateOnly[] dueDates)
    {
        var visit = await PlanAsync(officer, facilityId, Today.AddDays(-30));
        var id = visit.GetProperty("id").GetGuid();
        visit = await (await officer.PutJsonAsync($"/api/v1/supervision/visits/{id}", new
        {
            version = visit.GetProperty("version").GetGuid(), plannedOn = Iso(Today.AddDays(-30)), conductedOn = Iso(Today.AddDays(-30)), scope = "Kiểm tra CTXH",
            findings = "Chưa có phòng tham vấn riêng.", team = Team(),
        })).ReadAsync<JsonElement>();
        foreach (var due in dueDates)
        {
            visit = await (await officer.PostJsonAsync($"/api/v1/supervision/visits/{id}/recommendations", new { text = "Bố trí phòng tham vấn", dueOn = Iso(due) }))
                .ReadAsync<JsonElement>();
        }
        return await (await officer.PostJsonAsync($"/api/v1/supervision/visits/{id}/close", new { version = visit.GetProperty("version").GetGuid() }))
            .ReadAsync<JsonElement>();
    }

    private static JsonElement Recommendation(JsonElement visit, int index) => visit.GetProperty("recommendations")[index];

    private static async Task<HttpResponseMessage> FollowUpAsync(HttpClient client, JsonElement recommendation, string status, string note = "Đã thực hiện") =>
        await client.PostJsonAsync($"/api/v1/supervision/recommendations/{recommendation.GetProperty("id").GetGuid()}/follow-ups",
            new { version = recommendation.GetProperty("version").GetGuid(), status, note, date = Iso(Today) });

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient client, JsonElement recommendation, string outcome, string? comment = null) =>
        await client.PostJsonAsync($"/api/v1/supervision/recommendations/{recommendation.GetProperty("id").GetGuid()}/review",
            new { version = recommendation.GetProperty("version").GetGuid(), outcome, comment });

    private static async Task RefusedAsync(HttpResponseMessage response, string code) =>
        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe(code);

    [Fact]
    public async Task A_visit_is_planned_recorded_and_closed_and_then_no_longer_changes()
    {
        var a = await ArrangeAsync();
        var planned = await PlanAsync(a.Officer, a.Hospital.Id, Today.AddDays(10));
        planned.GetProperty("status").GetString().ShouldBe("Planned");
        planned.GetProperty("team").GetArrayLength().ShouldBe(2);
        planned.GetProperty("facilityName").GetString().ShouldBe("Bệnh viện được giám sát");
        var id = planned.GetProperty("id").GetGuid();

        // Closing needs the date conducted and the findings.
        await RefusedAsync(await a.Officer.PostJsonAsync($"/api/v1/supervision/visits/{id}/close", new { version = planned.GetProperty("version").GetGuid() }), "visit-not-recorded");

        var closed = await ClosedVisitAsync(a.Officer, a.Hospital.Id, Today.AddDays(30), Today.AddDays(60));
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        closed.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("number").GetInt32()).ShouldBe([1, 2]);
        var closedId = closed.GetProperty("id").GetGuid();

        await RefusedAsync(await a.Officer.PostJsonAsync($"/api/v1/supervision/visits/{closedId}/recommendations", new { text = "Muộn", dueOn = Iso(Today.AddDays(9)) }), "visit-closed");
        await RefusedAsync(await a.Officer.PutJsonAsync($"/api/v1/supervision/visits/{closedId}", new
        {
            version = closed.GetProperty("version").GetGuid(), plannedOn = Iso(Today), scope = "Đổi", team = Team(),
        }), "visit-closed");
        await RefusedAsync(await a.Officer.DeleteAsync($"/api/v1/supervision/recommendations/{Recommendation(closed, 0).GetProperty("id").GetGuid()}"), "visit-closed");

        // A stale version is a conflict.
        await (await a.Officer.PutJsonAsync($"/api/v1/supervision/visits/{id}", new { version = Guid.NewGuid(), plannedOn = Iso(Today), scope = "Đổi", team = Team() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        // A recommendation due before the visit is refused; one written by mistake is removed while the visit is open.
        await RefusedAsync(await a.Officer.PostJsonAsync($"/api/v1/supervision/visits/{id}/recommendations", new { text = "x", dueOn = Iso(Today) }), "due-before-visit");
        var withOne = await (await a.Officer.PostJsonAsync($"/api/v1/supervision/visits/{id}/recommendations", new { text = "x", dueOn = Iso(Today.AddDays(20)) }))
            .ReadAsync<JsonElement>();
        var removed = await (await a.Officer.DeleteAsync($"/api/v1/supervision/recommendations/{Recommendation(withOne, 0).GetProperty("id").GetGuid()}"))
            .ReadAsync<JsonElement>();
        removed.GetProperty("recommendations").GetArrayLength().ShouldBe(0);

        var list = await (await a.Hospital.Admin.GetAsync("/api/v1/supervision/visits")).ReadAsync<JsonElement>();
        list.EnumerateArray().Select(v => v.GetProperty("status").GetString()).ShouldBe(["Planned", "Closed"]);
        list[1].GetProperty("openRecommendations").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task The_facility_follows_up_and_the_province_reopens_or_accepts_with_the_history_kept()
    {
        var a = await ArrangeAsync();
        var planned = await PlanAsync(a.Officer, a.Hospital.Id, Today.AddDays(5));
        var plannedRecommendation = await (await a.Officer.PostJsonAsync(
            $"/api/v1/supervision/visits/{planned.GetProperty("id").GetGuid()}/recommendations", new { text = "x", dueOn = Iso(Today.AddDays(40)) })).ReadAsync<JsonElement>();
        // Nothing to follow up before the minutes are issued.
        await RefusedAsync(await FollowUpAsync(a.Hospital.Admin, Recommendation(plannedRecommendation, 0), "InProgress"), "visit-not-closed");

        var visit = await ClosedVisitAsync(a.Officer, a.Hospital.Id, Today.AddDays(30));
        var visitUrl = $"/api/v1/supervision/visits/{visit.GetProperty("id").GetGuid()}";
        Recommendation(visit, 0).GetProperty("status").GetString().ShouldBe("Open");

        visit = await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "InProgress", "Đã trình phương án")).ReadAsync<JsonElement>();
        Recommendation(visit, 0).GetProperty("status").GetString().ShouldBe("InProgress");
        // Not feasible needs its reason; a stale version is a conflict.
        await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "NotFeasible", "")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await a.Hospital.Admin.PostJsonAsync($"/api/v1/supervision/recommendations/{Recommendation(visit, 0).GetProperty("id").GetGuid()}/follow-ups",
            new { version = Guid.NewGuid(), status = "Done", note = "x", date = Iso(Today) })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        visit = await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "Done", "Phòng đã sử dụng")).ReadAsync<JsonElement>();
        // Done waits for the province: no further follow-up until it reopens.
        await RefusedAsync(await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "InProgress"), "awaiting-review");

        await (await ReviewAsync(a.Officer, Recommendation(visit, 0), "Reopened")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        visit = await (await ReviewAsync(a.Officer, Recommendation(visit, 0), "Reopened", "Chưa cách âm")).ReadAsync<JsonElement>();
        Recommendation(visit, 0).GetProperty("status").GetString().ShouldBe("Open");
        visit = await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "Done", "Đã lắp rèm cách âm")).ReadAsync<JsonElement>();
        visit = await (await ReviewAsync(a.Officer, Recommendation(visit, 0), "Accepted")).ReadAsync<JsonElement>();
        Recommendation(visit, 0).GetProperty("accepted").GetBoolean().ShouldBeTrue();

        // Settled: neither side can move it again.
        await RefusedAsync(await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "InProgress"), "recommendation-settled");
        await RefusedAsync(await ReviewAsync(a.Officer, Recommendation(visit, 0), "Reopened", "x"), "nothing-to-review");

        // The whole history, in order, as both sides see it.
        foreach (var reader in new[] { a.Officer, a.Hospital.Admin, a.Worker })
        {
            var seen = await (await reader.GetAsync(visitUrl)).ReadAsync<JsonElement>();
            Recommendation(seen, 0).GetProperty("history").EnumerateArray()
                .Select(e => $"{e.GetProperty("kind").GetString()}:{(e.GetProperty("status").ValueKind == JsonValueKind.Null ? "" : e.GetProperty("status").GetString())}:{e.GetProperty("note").GetString()}")
                .ShouldBe(["FollowUp:InProgress:Đã trình phương án", "FollowUp:Done:Phòng đã sử dụng", "Reopened::Chưa cách âm", "FollowUp:Done:Đã lắp rèm cách âm", "Accepted::"]);
        }
    }

    [Fact]
    public async Task A_recommendation_past_due_and_not_done_is_overdue_as_of_a_date()
    {
        var a = await ArrangeAsync();
        var due = Today.AddDays(10);
        var visit = await ClosedVisitAsync(a.Officer, a.Hospital.Id, due, Today.AddDays(100));
        await ClosedVisitAsync(a.Officer, a.Other.Id, due);

        async Task<JsonElement> Row(DateOnly asOf) =>
            (await (await a.Officer.GetAsync($"/api/v1/supervision/overview?asOf={Iso(asOf)}")).ReadAsync<JsonElement>())
            .GetProperty("facilities").EnumerateArray().Single(f => f.GetProperty("facilityId").GetGuid() == a.Hospital.Id);

        (await Row(due)).GetProperty("overdueRecommendations").GetInt32().ShouldBe(0);
        var after = await Row(due.AddDays(1));
        after.GetProperty("openRecommendations").GetInt32().ShouldBe(2);
        after.GetProperty("overdueRecommendations").GetInt32().ShouldBe(1);
        after.GetProperty("visits").GetInt32().ShouldBe(1);

        var overdue = await (await a.Hospital.Admin.GetAsync($"/api/v1/supervision/recommendations?asOf={Iso(due.AddDays(1))}&overdueOnly=true")).ReadAsync<JsonElement>();
        overdue.GetArrayLength().ShouldBe(1);
        overdue[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        overdue[0].GetProperty("dueOn").GetString().ShouldBe(Iso(due));

        // Done (awaiting review) is no longer overdue.
        await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "Done")).ReadAsync<JsonElement>();
        var done = await Row(due.AddDays(1));
        done.GetProperty("overdueRecommendations").GetInt32().ShouldBe(0);
        done.GetProperty("openRecommendations").GetInt32().ShouldBe(1);
        done.GetProperty("awaitingReview").GetInt32().ShouldBe(1);
        // The facility's list holds both: the open one and the one awaiting review.
        (await (await a.Hospital.Admin.GetAsync("/api/v1/supervision/recommendations")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Only_the_province_records_visits_and_only_the_facility_follows_up()
    {
        var a = await ArrangeAsync();
        var visit = await ClosedVisitAsync(a.Officer, a.Hospital.Id, Today.AddDays(30));
        var body = new { facilityId = a.Hospital.Id, plannedOn = Iso(Today), scope = "x", team = Team() };
        await (await a.Hospital.Admin.PostJsonAsync("/api/v1/supervision/visits", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await FollowUpAsync(a.Officer, Recommendation(visit, 0), "Done")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await FollowUpAsync(a.Worker, Recommendation(visit, 0), "Done")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await ReviewAsync(a.Hospital.Admin, Recommendation(visit, 0), "Accepted")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // Social workers read their facility's visits; collaborators see nothing of supervision.
        (await (await a.Worker.GetAsync("/api/v1/supervision/visits")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(1);
        using var collaborator = await World.ClientForAsync(TestWorld.CollaboratorA);
        await (await collaborator.GetAsync("/api/v1/supervision/visits")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_facility_sees_only_its_own_visits_and_a_province_only_its_facilities()
    {
        var a = await ArrangeAsync();
        var visit = await ClosedVisitAsync(a.Officer, a.Hospital.Id, Today.AddDays(30));
        var url = $"/api/v1/supervision/visits/{visit.GetProperty("id").GetGuid()}";
        await ClosedVisitAsync(a.Officer, a.Other.Id, Today.AddDays(30));

        // The other facility of the same province: not found, not listed, cannot follow up.
        await (await a.Other.Admin.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await FollowUpAsync(a.Other.Admin, Recommendation(visit, 0), "Done")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var othersList = await (await a.Other.Admin.GetAsync("/api/v1/supervision/visits")).ReadAsync<JsonElement>();
        othersList.EnumerateArray().Select(v => v.GetProperty("facilityId").GetGuid()).ShouldBe([a.Other.Id]);
        var othersOverview = await (await a.Other.Admin.GetAsync("/api/v1/supervision/overview")).ReadAsync<JsonElement>();
        othersOverview.GetProperty("facilities").EnumerateArray().Select(f => f.GetProperty("facilityId").GetGuid()).ShouldBe([a.Other.Id]);

        // Another province's officer: not found for reads and writes, nothing listed, cannot plan a visit here.
        await (await a.OtherOfficer.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ReviewAsync(a.OtherOfficer, Recommendation(visit, 0), "Accepted")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await a.OtherOfficer.PostJsonAsync("/api/v1/supervision/visits", new { facilityId = a.Hospital.Id, plannedOn = Iso(Today), scope = "x", team = Team() })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var foreign = await (await a.OtherOfficer.GetAsync($"/api/v1/supervision/visits?facilityId={a.Hospital.Id}")).ReadAsync<JsonElement>();
        foreign.GetArrayLength().ShouldBe(0);
        var foreignOverview = await (await a.OtherOfficer.GetAsync("/api/v1/supervision/overview")).ReadAsync<JsonElement>();
        foreignOverview.GetProperty("facilities").EnumerateArray().Any(f => f.GetProperty("facilityId").GetGuid() == a.Hospital.Id).ShouldBeFalse();

        // The province sees both of its facilities, with their counts.
        var overview = await (await a.Officer.GetAsync("/api/v1/supervision/overview")).ReadAsync<JsonElement>();
        overview.GetProperty("facilities").EnumerateArray().Select(f => (f.GetProperty("facilityName").GetString(), f.GetProperty("openRecommendations").GetInt32()))
            .ShouldBe([("Bệnh viện được giám sát", 1), ("CDC cùng tỉnh", 1)]);
        (await (await a.Officer.GetAsync($"/api/v1/supervision/visits?facilityId={a.Hospital.Id}")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(1);
    }
}

public sealed class SupervisionOnPostgres(SharedPostgres api) : SupervisionTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class SupervisionOnSqlite(SharedSqlite api) : SupervisionTests(api.Factory), IClassFixture<SharedSqlite>;
