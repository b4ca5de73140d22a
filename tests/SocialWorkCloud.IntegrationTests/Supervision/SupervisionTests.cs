using System.Net;
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

    private static readonly DateOnly Today = VietnamClock.Today();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static VisitMember[] Team() => [new("Nguyễn Thị Hồng", "Trưởng đoàn"), new("Trần Văn Đức", null)];

    private static Task<Visit> PlanAsync(HttpClient officer, Guid facilityId, DateOnly plannedOn) =>
        officer.PostAsync<PlanVisit, Visit>("/api/v1/supervision/visits", new(facilityId, Iso(plannedOn), "Kiểm tra CTXH", Team()), HttpStatusCode.Created);

    /// <summary>A visit conducted 30 days ago, with the given recommendations' due dates, closed.</summary>
    private static async Task<Visit> ClosedVisitAsync(HttpClient officer, Guid facilityId, params DateOnly[] dueDates)
    {
        var visit = await PlanAsync(officer, facilityId, Today.AddDays(-30));
        var id = visit.Id;
        visit = await officer.PutAsync<Visit>($"/api/v1/supervision/visits/{id}", new UpdateVisit(
            visit.Version, Iso(Today.AddDays(-30)), "Kiểm tra CTXH", Team(), Iso(Today.AddDays(-30)), "Chưa có phòng tham vấn riêng."));
        foreach (var due in dueDates)
        {
            visit = await officer.PostAsync<Visit>($"/api/v1/supervision/visits/{id}/recommendations", new NewRecommendation("Bố trí phòng tham vấn", Iso(due)));
        }
        return await officer.PostAsync<Visit>($"/api/v1/supervision/visits/{id}/close", new VersionOnly(visit.Version));
    }

    private static VisitRecommendation Recommendation(Visit visit, int index) => visit.Recommendations[index];

    private static async Task<HttpResponseMessage> FollowUpAsync(HttpClient client, VisitRecommendation recommendation, string status, string note = "Đã thực hiện") =>
        await client.PostJsonAsync($"/api/v1/supervision/recommendations/{recommendation.Id}/follow-ups",
            new FollowUp(recommendation.Version, status, note, Iso(Today)));

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient client, VisitRecommendation recommendation, string outcome, string? comment = null) =>
        await client.PostJsonAsync($"/api/v1/supervision/recommendations/{recommendation.Id}/review", new Review(recommendation.Version, outcome, comment));

    private static async Task RefusedAsync(HttpResponseMessage response, string code) =>
        (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe(code);

    [Fact]
    public async Task A_visit_is_planned_recorded_and_closed_and_then_no_longer_changes()
    {
        var a = await ArrangeAsync();
        var planned = await PlanAsync(a.Officer, a.Hospital.Id, Today.AddDays(10));
        planned.Status.ShouldBe("Planned");
        planned.Team.Count.ShouldBe(2);
        planned.FacilityName.ShouldBe("Bệnh viện được giám sát");
        var id = planned.Id;

        // Closing needs the date conducted and the findings.
        await RefusedAsync(await a.Officer.PostJsonAsync($"/api/v1/supervision/visits/{id}/close", new VersionOnly(planned.Version)), "visit-not-recorded");

        var closed = await ClosedVisitAsync(a.Officer, a.Hospital.Id, Today.AddDays(30), Today.AddDays(60));
        closed.Status.ShouldBe("Closed");
        closed.Recommendations.Select(r => r.Number).ShouldBe([1, 2]);
        var closedId = closed.Id;

        await RefusedAsync(await a.Officer.PostJsonAsync($"/api/v1/supervision/visits/{closedId}/recommendations", new NewRecommendation("Muộn", Iso(Today.AddDays(9)))), "visit-closed");
        await RefusedAsync(await a.Officer.PutJsonAsync($"/api/v1/supervision/visits/{closedId}", new UpdateVisit(closed.Version, Iso(Today), "Đổi", Team())), "visit-closed");
        await RefusedAsync(await a.Officer.DeleteAsync($"/api/v1/supervision/recommendations/{Recommendation(closed, 0).Id}"), "visit-closed");

        // A stale version is a conflict.
        await (await a.Officer.PutJsonAsync($"/api/v1/supervision/visits/{id}", new UpdateVisit(Guid.NewGuid(), Iso(Today), "Đổi", Team())))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        // A recommendation due before the visit is refused; one written by mistake is removed while the visit is open.
        await RefusedAsync(await a.Officer.PostJsonAsync($"/api/v1/supervision/visits/{id}/recommendations", new NewRecommendation("x", Iso(Today))), "due-before-visit");
        var withOne = await a.Officer.PostAsync<Visit>($"/api/v1/supervision/visits/{id}/recommendations", new NewRecommendation("x", Iso(Today.AddDays(20))));
        var removed = await (await a.Officer.DeleteAsync($"/api/v1/supervision/recommendations/{Recommendation(withOne, 0).Id}")).ReadAsync<Visit>();
        removed.Recommendations.Count.ShouldBe(0);

        var list = await a.Hospital.Admin.GetAsync<List<VisitSummary>>("/api/v1/supervision/visits");
        list.Select(v => v.Status).ShouldBe(["Planned", "Closed"]);
        list[1].OpenRecommendations.ShouldBe(2);
    }

    [Fact]
    public async Task The_facility_follows_up_and_the_province_reopens_or_accepts_with_the_history_kept()
    {
        var a = await ArrangeAsync();
        var planned = await PlanAsync(a.Officer, a.Hospital.Id, Today.AddDays(5));
        var plannedRecommendation = await a.Officer.PostAsync<Visit>(
            $"/api/v1/supervision/visits/{planned.Id}/recommendations", new NewRecommendation("x", Iso(Today.AddDays(40))));
        // Nothing to follow up before the minutes are issued.
        await RefusedAsync(await FollowUpAsync(a.Hospital.Admin, Recommendation(plannedRecommendation, 0), "InProgress"), "visit-not-closed");

        var visit = await ClosedVisitAsync(a.Officer, a.Hospital.Id, Today.AddDays(30));
        var visitUrl = $"/api/v1/supervision/visits/{visit.Id}";
        Recommendation(visit, 0).Status.ShouldBe("Open");

        visit = await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "InProgress", "Đã trình phương án")).ReadAsync<Visit>();
        Recommendation(visit, 0).Status.ShouldBe("InProgress");
        // Not feasible needs its reason; a stale version is a conflict.
        await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "NotFeasible", "")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await a.Hospital.Admin.PostJsonAsync($"/api/v1/supervision/recommendations/{Recommendation(visit, 0).Id}/follow-ups",
            new FollowUp(Guid.NewGuid(), "Done", "x", Iso(Today)))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        visit = await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "Done", "Phòng đã sử dụng")).ReadAsync<Visit>();
        // Done waits for the province: no further follow-up until it reopens.
        await RefusedAsync(await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "InProgress"), "awaiting-review");

        await (await ReviewAsync(a.Officer, Recommendation(visit, 0), "Reopened")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        visit = await (await ReviewAsync(a.Officer, Recommendation(visit, 0), "Reopened", "Chưa cách âm")).ReadAsync<Visit>();
        Recommendation(visit, 0).Status.ShouldBe("Open");
        visit = await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "Done", "Đã lắp rèm cách âm")).ReadAsync<Visit>();
        visit = await (await ReviewAsync(a.Officer, Recommendation(visit, 0), "Accepted")).ReadAsync<Visit>();
        Recommendation(visit, 0).Accepted.ShouldBeTrue();

        // Settled: neither side can move it again.
        await RefusedAsync(await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "InProgress"), "recommendation-settled");
        await RefusedAsync(await ReviewAsync(a.Officer, Recommendation(visit, 0), "Reopened", "x"), "nothing-to-review");

        // The whole history, in order, as both sides see it.
        foreach (var reader in new[] { a.Officer, a.Hospital.Admin, a.Worker })
        {
            var seen = await reader.GetAsync<Visit>(visitUrl);
            Recommendation(seen, 0).History.Select(e => $"{e.Kind}:{e.Status ?? ""}:{e.Note}")
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

        async Task<FacilitySupervision> Row(DateOnly asOf) =>
            (await a.Officer.GetAsync<Overview>($"/api/v1/supervision/overview?asOf={Iso(asOf)}")).Facilities.Single(f => f.FacilityId == a.Hospital.Id);

        (await Row(due)).OverdueRecommendations.ShouldBe(0);
        var after = await Row(due.AddDays(1));
        after.OpenRecommendations.ShouldBe(2);
        after.OverdueRecommendations.ShouldBe(1);
        after.Visits.ShouldBe(1);

        var overdue = await a.Hospital.Admin.GetAsync<List<OpenRecommendation>>($"/api/v1/supervision/recommendations?asOf={Iso(due.AddDays(1))}&overdueOnly=true");
        overdue.Count.ShouldBe(1);
        overdue[0].Overdue.ShouldBeTrue();
        overdue[0].DueOn.ShouldBe(Iso(due));

        // Done (awaiting review) is no longer overdue.
        await (await FollowUpAsync(a.Hospital.Admin, Recommendation(visit, 0), "Done")).ReadAsync<Visit>();
        var done = await Row(due.AddDays(1));
        done.OverdueRecommendations.ShouldBe(0);
        done.OpenRecommendations.ShouldBe(1);
        done.AwaitingReview.ShouldBe(1);
        // The facility's list holds both: the open one and the one awaiting review.
        (await a.Hospital.Admin.GetAsync<List<OpenRecommendation>>("/api/v1/supervision/recommendations")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Only_the_province_records_visits_and_only_the_facility_follows_up()
    {
        var a = await ArrangeAsync();
        var visit = await ClosedVisitAsync(a.Officer, a.Hospital.Id, Today.AddDays(30));
        var body = new PlanVisit(a.Hospital.Id, Iso(Today), "x", Team());
        await (await a.Hospital.Admin.PostJsonAsync("/api/v1/supervision/visits", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await FollowUpAsync(a.Officer, Recommendation(visit, 0), "Done")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await FollowUpAsync(a.Worker, Recommendation(visit, 0), "Done")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await ReviewAsync(a.Hospital.Admin, Recommendation(visit, 0), "Accepted")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // Social workers read their facility's visits; collaborators see nothing of supervision.
        (await a.Worker.GetAsync<List<VisitSummary>>("/api/v1/supervision/visits")).Count.ShouldBe(1);
        using var collaborator = await World.ClientForAsync(TestWorld.CollaboratorA);
        await (await collaborator.GetAsync("/api/v1/supervision/visits")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_facility_sees_only_its_own_visits_and_a_province_only_its_facilities()
    {
        var a = await ArrangeAsync();
        var visit = await ClosedVisitAsync(a.Officer, a.Hospital.Id, Today.AddDays(30));
        var url = $"/api/v1/supervision/visits/{visit.Id}";
        await ClosedVisitAsync(a.Officer, a.Other.Id, Today.AddDays(30));

        // The other facility of the same province: not found, not listed, cannot follow up.
        await (await a.Other.Admin.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await FollowUpAsync(a.Other.Admin, Recommendation(visit, 0), "Done")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var othersList = await a.Other.Admin.GetAsync<List<VisitSummary>>("/api/v1/supervision/visits");
        othersList.Select(v => v.FacilityId).ShouldBe([a.Other.Id]);
        var othersOverview = await a.Other.Admin.GetAsync<Overview>("/api/v1/supervision/overview");
        othersOverview.Facilities.Select(f => f.FacilityId).ShouldBe([a.Other.Id]);

        // Another province's officer: not found for reads and writes, nothing listed, cannot plan a visit here.
        await (await a.OtherOfficer.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ReviewAsync(a.OtherOfficer, Recommendation(visit, 0), "Accepted")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await a.OtherOfficer.PostJsonAsync("/api/v1/supervision/visits", new PlanVisit(a.Hospital.Id, Iso(Today), "x", Team()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var foreign = await a.OtherOfficer.GetAsync<List<VisitSummary>>($"/api/v1/supervision/visits?facilityId={a.Hospital.Id}");
        foreign.Count.ShouldBe(0);
        var foreignOverview = await a.OtherOfficer.GetAsync<Overview>("/api/v1/supervision/overview");
        foreignOverview.Facilities.Any(f => f.FacilityId == a.Hospital.Id).ShouldBeFalse();

        // The province sees both of its facilities, with their counts.
        var overview = await a.Officer.GetAsync<Overview>("/api/v1/supervision/overview");
        overview.Facilities.Select(f => (f.FacilityName, f.OpenRecommendations)).ShouldBe([("Bệnh viện được giám sát", 1), ("CDC cùng tỉnh", 1)]);
        (await a.Officer.GetAsync<List<VisitSummary>>($"/api/v1/supervision/visits?facilityId={a.Hospital.Id}")).Count.ShouldBe(1);
    }

    // The requests and responses as the API's JSON has them (only the fields these tests read).
    private sealed record VisitMember(string Name, string? Title);
    private sealed record PlanVisit(Guid FacilityId, string PlannedOn, string Scope, VisitMember[] Team);
    private sealed record UpdateVisit(Guid Version, string PlannedOn, string Scope, VisitMember[] Team, string? ConductedOn = null, string? Findings = null);
    private sealed record NewRecommendation(string Text, string DueOn);
    private sealed record VersionOnly(Guid Version);
    private sealed record FollowUp(Guid Version, string Status, string Note, string Date);
    private sealed record Review(Guid Version, string Outcome, string? Comment);
    private sealed record Visit(Guid Id, Guid Version, string FacilityName, string Status, List<VisitMember> Team, List<VisitRecommendation> Recommendations);
    private sealed record VisitRecommendation(Guid Id, Guid Version, int Number, string Status, bool Accepted, List<HistoryLine> History);
    private sealed record HistoryLine(string Kind, string? Status, string? Note);
    private sealed record VisitSummary(Guid FacilityId, string Status, int OpenRecommendations);
    private sealed record OpenRecommendation(bool Overdue, string DueOn);
    private sealed record Overview(List<FacilitySupervision> Facilities);
    private sealed record FacilitySupervision(Guid FacilityId, string FacilityName, int Visits, int OpenRecommendations, int OverdueRecommendations, int AwaitingReview);
}

public sealed class SupervisionOnPostgres(SharedPostgres api) : SupervisionTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class SupervisionOnSqlite(SharedSqlite api) : SupervisionTests(api.Factory), IClassFixture<SharedSqlite>;
