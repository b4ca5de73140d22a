using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Supervision;

/// <summary>
/// Commendations through HTTP: the facility drafts, edits and submits; the province decides once and
/// for all (the decision row records who and when); the record of awards per year and person; who may do what; isolation.
/// </summary>
public abstract class CommendationTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private sealed record Arrangement(Guid OfficerId, HttpClient Officer, ActivityFacility Hospital, ActivityFacility Other, HttpClient OtherOfficer);

    private async Task<Arrangement> ArrangeAsync()
    {
        var province = await World.NewProvinceAsync("Tỉnh Thi Đua");
        var officer = $"officer-{Guid.NewGuid():N}@test.vn";
        var officerId = await World.NewUserAsync(officer, UserRole.ProvinceOfficer, null, province);
        var hospital = await World.NewActivityFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện thi đua");
        var other = await World.NewActivityFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện khác");
        return new Arrangement(officerId, await World.ClientForAsync(officer), hospital, other, await World.ClientForAsync(TestWorld.Officer2));
    }

    private static NominationForm Unit(int year = 2025, string name = "Phòng Công tác xã hội") => new(
        year, "Unit", "CertificateOfMerit", "Tiếp đón trên 60.000 lượt người bệnh", NomineeName: name, AwardText: "Bằng khen của Chủ tịch UBND tỉnh");

    private static async Task<Nomination> SubmittedAsync(HttpClient admin, NominationForm nomination)
    {
        var draft = await admin.PostAsync<NominationForm, Nomination>("/api/v1/commendations/nominations", nomination, HttpStatusCode.Created);
        return await admin.PostAsync<Nomination>($"/api/v1/commendations/nominations/{draft.Id}/submit", new VersionOnly(draft.Version));
    }

    private static string Url(Nomination nomination, string suffix = "") => $"/api/v1/commendations/nominations/{nomination.Id}{suffix}";

    private static async Task RefusedAsync(HttpResponseMessage response, string code) =>
        (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe(code);

    [Fact]
    public async Task A_draft_is_edited_then_submitted_and_the_decision_is_final_and_recorded_with_who_decided()
    {
        var a = await ArrangeAsync();
        var draft = await a.Hospital.Admin.PostAsync<NominationForm, Nomination>("/api/v1/commendations/nominations", Unit(), HttpStatusCode.Created);
        draft.Status.ShouldBe("Draft");
        // The province does not see a draft.
        await (await a.Officer.GetAsync(Url(draft))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await a.Officer.GetAsync<List<Nomination>>("/api/v1/commendations/nominations")).Count.ShouldBe(0);

        var edited = await a.Hospital.Admin.PutAsync<Nomination>(Url(draft),
            new EditedNomination(draft.Version, 2025, "Unit", "ExcellentCollective", "Hoàn thành xuất sắc nhiệm vụ", NomineeName: "Phòng CTXH"));
        edited.AwardKind.ShouldBe("ExcellentCollective");
        await (await a.Hospital.Admin.PutJsonAsync(Url(draft),
            new EditedNomination(draft.Version, 2025, "Unit", "Other", "x", NomineeName: "Cũ", AwardText: "x"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var submitted = await a.Hospital.Admin.PostAsync<Nomination>(Url(draft, "/submit"), new VersionOnly(edited.Version));
        submitted.Status.ShouldBe("Submitted");
        // Submitted: no more edits, no discarding.
        await RefusedAsync(await a.Hospital.Admin.PutJsonAsync(Url(draft),
            new EditedNomination(submitted.Version, 2025, "Unit", "CertificateOfMerit", "x", NomineeName: "x")), "nomination-submitted");
        await RefusedAsync(await a.Hospital.Admin.DeleteAsync(Url(draft)), "nomination-submitted");

        // Awarded needs the decision number and date.
        await (await a.Officer.PostJsonAsync(Url(draft, "/decision"), new Decision(true))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var decided = await a.Officer.PostAsync<Nomination>(Url(draft, "/decision"), new Decision(true, "1250/QĐ-UBND", "2025-12-20"));
        decided.Status.ShouldBe("Awarded");
        await RefusedAsync(await a.Officer.PostJsonAsync(Url(draft, "/decision"), new Decision(false, Reason: "Đổi ý")), "nomination-decided");

        var seen = await a.Hospital.Admin.GetAsync<Nomination>(Url(draft));
        seen.Status.ShouldBe("Awarded");
        seen.DecisionNumber.ShouldBe("1250/QĐ-UBND");
        seen.DecisionDate.ShouldBe("2025-12-20");

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The decision is its own audit record: who decided and when, one row per nomination.
        var decisions = await db.CommendationDecisions.Where(d => d.NominationId == draft.Id).ToListAsync();
        decisions.Count.ShouldBe(1);
        decisions[0].DecidedBy.ShouldBe(a.OfficerId);
        decisions[0].DecisionNumber.ShouldBe("1250/QĐ-UBND");
    }

    [Fact]
    public async Task Two_decisions_sent_at_once_leave_exactly_one()
    {
        var a = await ArrangeAsync();
        var submitted = await SubmittedAsync(a.Hospital.Admin, Unit());
        var answers = await Task.WhenAll(
            a.Officer.PostJsonAsync(Url(submitted, "/decision"), new Decision(true, "1/QĐ-SYT", "2025-12-01")),
            a.Officer.PostJsonAsync(Url(submitted, "/decision"), new Decision(false, Reason: "Chưa đủ điều kiện")));
        answers.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        // The loser is refused by the rule (422) or, when both passed the check, by the unique index (409).
        answers.Single(r => r.StatusCode != HttpStatusCode.OK).StatusCode.ShouldBeOneOf(HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict);
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.CommendationDecisions.CountAsync(d => d.NominationId == submitted.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task The_record_of_awards_filters_by_year_status_and_person()
    {
        var a = await ArrangeAsync();
        var staff = await a.Hospital.Admin.PostAsync<Created>("/api/v1/workforce/staff", new
        {
            fullName = "Lê Văn Minh", role = "Head", employmentType = "Permanent", qualificationLevel = "Master", qualificationMajor = "SocialWork",
        }, HttpStatusCode.Created);
        var person = await SubmittedAsync(a.Hospital.Admin, new NominationForm(
            2025, "Person", "GrassrootsEmulationFighter", "Chủ trì thành lập phòng", StaffMemberId: staff.Id, NomineeTitle: "Trưởng phòng"));
        person.NomineeName.ShouldBe("Lê Văn Minh");
        var unit2025 = await SubmittedAsync(a.Hospital.Admin, Unit(2025));
        var unit2024 = await SubmittedAsync(a.Hospital.Admin, Unit(2024));
        var refused = await SubmittedAsync(a.Hospital.Admin, new NominationForm(
            2025, "Person", "DirectorCertificateOfMerit", "Quà Trung thu", NomineeName: "Nguyễn Thị Thanh"));
        foreach (var n in new[] { person, unit2025, unit2024 })
        {
            await a.Officer.PostAsync<Nomination>(Url(n, "/decision"), new Decision(true, "845/QĐ-SYT", "2025-12-15"));
        }
        await (await a.Officer.PostJsonAsync(Url(refused, "/decision"), new Decision(false))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var notAwarded = await a.Officer.PostAsync<Nomination>(Url(refused, "/decision"), new Decision(false, Reason: "Chưa đủ thời gian công tác"));
        notAwarded.Status.ShouldBe("NotAwarded");
        notAwarded.Reason.ShouldBe("Chưa đủ thời gian công tác");

        async Task<string[]> Names(HttpClient client, string query) =>
            (await client.GetAsync<List<Nomination>>($"/api/v1/commendations/nominations?{query}")).Select(n => $"{n.Year} {n.NomineeName}").ToArray();

        (await Names(a.Hospital.Admin, "status=Awarded")).ShouldBe(["2025 Lê Văn Minh", "2025 Phòng Công tác xã hội", "2024 Phòng Công tác xã hội"]);
        (await Names(a.Officer, "status=Awarded&year=2024")).ShouldBe(["2024 Phòng Công tác xã hội"]);
        (await Names(a.Officer, "status=Awarded&search=le van minh")).ShouldBe(["2025 Lê Văn Minh"]);
        (await Names(a.Officer, $"status=NotAwarded&facilityId={a.Hospital.Id}")).ShouldBe(["2025 Nguyễn Thị Thanh"]);
        (await Names(a.Officer, $"facilityId={a.Other.Id}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_the_facility_nominates_and_only_the_province_decides()
    {
        var a = await ArrangeAsync();
        var submitted = await SubmittedAsync(a.Hospital.Admin, Unit());
        await (await a.Hospital.Admin.PostJsonAsync(Url(submitted, "/decision"), new Decision(true, "1", "2025-12-01")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await a.Officer.PostJsonAsync("/api/v1/commendations/nominations", Unit())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        await (await worker.GetAsync("/api/v1/commendations/nominations")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var collaborator = await World.ClientForAsync(TestWorld.CollaboratorA);
        await (await collaborator.PostJsonAsync("/api/v1/commendations/nominations", Unit())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_facility_sees_only_its_own_nominations_and_a_province_only_its_facilities()
    {
        var a = await ArrangeAsync();
        var submitted = await SubmittedAsync(a.Hospital.Admin, Unit());
        var draft = await a.Hospital.Admin.PostAsync<NominationForm, Nomination>("/api/v1/commendations/nominations", Unit(2025, "Bản nháp"), HttpStatusCode.Created);
        await SubmittedAsync(a.Other.Admin, Unit(2025, "Phòng CTXH bệnh viện khác"));

        await (await a.Other.Admin.GetAsync(Url(submitted))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await a.Other.Admin.DeleteAsync(Url(draft))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await a.Other.Admin.GetAsync<List<Nomination>>("/api/v1/commendations/nominations")).Select(n => n.FacilityId).ShouldBe([a.Other.Id]);

        await (await a.OtherOfficer.GetAsync(Url(submitted))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await a.OtherOfficer.PostJsonAsync(Url(submitted, "/decision"), new Decision(false, Reason: "x"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await a.OtherOfficer.GetAsync<List<Nomination>>($"/api/v1/commendations/nominations?facilityId={a.Hospital.Id}")).Count.ShouldBe(0);
        // The province decides only what was submitted: a draft is not found.
        await (await a.Officer.PostJsonAsync(Url(draft, "/decision"), new Decision(false, Reason: "x"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await a.Officer.GetAsync<List<Nomination>>("/api/v1/commendations/nominations")).Count.ShouldBe(2);

        // The facility discards its own draft.
        (await a.Hospital.Admin.DeleteAsync(Url(draft))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await a.Hospital.Admin.GetAsync(Url(draft))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    // The requests and responses as the API's JSON has them (only the fields these tests read).
    private sealed record NominationForm(
        int Year, string NomineeKind, string AwardKind, string Achievements, string? NomineeName = null, string? AwardText = null,
        Guid? StaffMemberId = null, string? NomineeTitle = null);
    private sealed record EditedNomination(
        Guid Version, int Year, string NomineeKind, string AwardKind, string Achievements, string? NomineeName = null, string? AwardText = null);
    private sealed record VersionOnly(Guid Version);
    private sealed record Decision(bool Awarded, string? DecisionNumber = null, string? DecisionDate = null, string? Reason = null);
    private sealed record Nomination(
        Guid Id, Guid Version, Guid FacilityId, int Year, string Status, string NomineeName, string AwardKind, string? DecisionNumber,
        string? DecisionDate, string? Reason);
}

public sealed class CommendationsOnPostgres(SharedPostgres api) : CommendationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CommendationsOnSqlite(SharedSqlite api) : CommendationTests(api.Factory), IClassFixture<SharedSqlite>;
