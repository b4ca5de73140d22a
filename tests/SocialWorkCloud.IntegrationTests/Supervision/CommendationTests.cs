using System.Net;
using System.Text.Json;
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

    private static object Unit(int year = 2025, string name = "Phòng Công tác xã hội") => new
    {
        year, nomineeKind = "Unit", nomineeName = name, awardKind = "CertificateOfMerit", awardText = "Bằng khen của Chủ tịch UBND tỉnh",
        achievements = "Tiếp đón trên 60.000 lượt người bệnh",
    };

    private static async Task<JsonElement> SubmittedAsync(HttpClient admin, object nomination)
    {
        var draft = await (await admin.PostJsonAsync("/api/v1/commendations/nominations", nomination)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return await (await admin.PostJsonAsync($"/api/v1/commendations/nominations/{draft.GetProperty("id").GetGuid()}/submit",
            new { version = draft.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
    }

    private static string Url(JsonElement nomination, string suffix = "") => $"/api/v1/commendations/nominations/{nomination.GetProperty("id").GetGuid()}{suffix}";

    private static async Task RefusedAsync(HttpResponseMessage response, string code) =>
        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe(code);

    [Fact]
    public async Task A_draft_is_edited_then_submitted_and_the_decision_is_final_and_recorded_with_who_decided()
    {
        var a = await ArrangeAsync();
        var draft = await (await a.Hospital.Admin.PostJsonAsync("/api/v1/commendations/nominations", Unit())).ReadAsync<JsonElement>(HttpStatusCode.Created);
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        // The province does not see a draft.
        await (await a.Officer.GetAsync(Url(draft))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await a.Officer.GetAsync("/api/v1/commendations/nominations")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);

        var edited = await (await a.Hospital.Admin.PutJsonAsync(Url(draft), new
        {
            version = draft.GetProperty("version").GetGuid(), year = 2025, nomineeKind = "Unit", nomineeName = "Phòng CTXH", awardKind = "ExcellentCollective",
            achievements = "Hoàn thành xuất sắc nhiệm vụ",
        })).ReadAsync<JsonElement>();
        edited.GetProperty("awardKind").GetString().ShouldBe("ExcellentCollective");
        await (await a.Hospital.Admin.PutJsonAsync(Url(draft), new
        {
            version = draft.GetProperty("version").GetGuid(), year = 2025, nomineeKind = "Unit", nomineeName = "Cũ", awardKind = "Other", awardText = "x", achievements = "x",
        })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var submitted = await (await a.Hospital.Admin.PostJsonAsync(Url(draft, "/submit"), new { version = edited.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        // Submitted: no more edits, no discarding.
        await RefusedAsync(await a.Hospital.Admin.PutJsonAsync(Url(draft), new
        {
            version = submitted.GetProperty("version").GetGuid(), year = 2025, nomineeKind = "Unit", nomineeName = "x", awardKind = "CertificateOfMerit", achievements = "x",
        }), "nomination-submitted");
        await RefusedAsync(await a.Hospital.Admin.DeleteAsync(Url(draft)), "nomination-submitted");

        // Awarded needs the decision number and date.
        await (await a.Officer.PostJsonAsync(Url(draft, "/decision"), new { awarded = true })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var decided = await (await a.Officer.PostJsonAsync(Url(draft, "/decision"), new { awarded = true, decisionNumber = "1250/QĐ-UBND", decisionDate = "2025-12-20" }))
            .ReadAsync<JsonElement>();
        decided.GetProperty("status").GetString().ShouldBe("Awarded");
        await RefusedAsync(await a.Officer.PostJsonAsync(Url(draft, "/decision"), new { awarded = false, reason = "Đổi ý" }), "nomination-decided");

        var seen = await (await a.Hospital.Admin.GetAsync(Url(draft))).ReadAsync<JsonElement>();
        seen.GetProperty("status").GetString().ShouldBe("Awarded");
        seen.GetProperty("decisionNumber").GetString().ShouldBe("1250/QĐ-UBND");
        seen.GetProperty("decisionDate").GetString().ShouldBe("2025-12-20");

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The decision is its own audit record: who decided and when, one row per nomination.
        var decisions = await db.CommendationDecisions.Where(d => d.NominationId == draft.GetProperty("id").GetGuid()).ToListAsync();
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
            a.Officer.PostJsonAsync(Url(submitted, "/decision"), new { awarded = true, decisionNumber = "1/QĐ-SYT", decisionDate = "2025-12-01" }),
            a.Officer.PostJsonAsync(Url(submitted, "/decision"), new { awarded = false, reason = "Chưa đủ điều kiện" }));
        answers.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        // The loser is refused by the rule (422) or, when both passed the check, by the unique index (409).
        answers.Single(r => r.StatusCode != HttpStatusCode.OK).StatusCode.ShouldBeOneOf(HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict);
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.CommendationDecisions.CountAsync(d => d.NominationId == submitted.GetProperty("id").GetGuid())).ShouldBe(1);
    }

    [Fact]
    public async Task The_record_of_awards_filters_by_year_status_and_person()
    {
        var a = await ArrangeAsync();
        var staff = await (await a.Hospital.Admin.PostJsonAsync("/api/v1/workforce/staff", new
        {
            fullName = "Lê Văn Minh", role = "Head", employmentType = "Permanent", qualificationLevel = "Master", qualificationMajor = "SocialWork",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var person = await SubmittedAsync(a.Hospital.Admin, new
        {
            year = 2025, nomineeKind = "Person", staffMemberId = staff.GetProperty("id").GetGuid(), nomineeTitle = "Trưởng phòng", awardKind = "GrassrootsEmulationFighter",
            achievements = "Chủ trì thành lập phòng",
        });
        person.GetProperty("nomineeName").GetString().ShouldBe("Lê Văn Minh");
        var unit2025 = await SubmittedAsync(a.Hospital.Admin, Unit(2025));
        var unit2024 = await SubmittedAsync(a.Hospital.Admin, Unit(2024));
        var refused = await SubmittedAsync(a.Hospital.Admin, new
        {
            year = 2025, nomineeKind = "Person", nomineeName = "Nguyễn Thị Thanh", awardKind = "DirectorCertificateOfMerit", achievements = "Quà Trung thu",
        });
        foreach (var n in new[] { person, unit2025, unit2024 })
        {
            await (await a.Officer.PostJsonAsync(Url(n, "/decision"), new { awarded = true, decisionNumber = "845/QĐ-SYT", decisionDate = "2025-12-15" })).ReadAsync<JsonElement>();
        }
        await (await a.Officer.PostJsonAsync(Url(refused, "/decision"), new { awarded = false })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var notAwarded = await (await a.Officer.PostJsonAsync(Url(refused, "/decision"), new { awarded = false, reason = "Chưa đủ thời gian công tác" })).ReadAsync<JsonElement>();
        notAwarded.GetProperty("status").GetString().ShouldBe("NotAwarded");
        notAwarded.GetProperty("reason").GetString().ShouldBe("Chưa đủ thời gian công tác");

        async Task<string[]> Names(HttpClient client, string query) =>
            (await (await client.GetAsync($"/api/v1/commendations/nominations?{query}")).ReadAsync<JsonElement>())
            .EnumerateArray().Select(n => $"{n.GetProperty("year").GetInt32()} {n.GetProperty("nomineeName").GetString()}").ToArray();

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
        await (await a.Hospital.Admin.PostJsonAsync(Url(submitted, "/decision"), new { awarded = true, decisionNumber = "1", decisionDate = "2025-12-01" }))
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
        var draft = await (await a.Hospital.Admin.PostJsonAsync("/api/v1/commendations/nominations", Unit(2025, "Bản nháp"))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await SubmittedAsync(a.Other.Admin, Unit(2025, "Phòng CTXH bệnh viện khác"));

        await (await a.Other.Admin.GetAsync(Url(submitted))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await a.Other.Admin.DeleteAsync(Url(draft))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await a.Other.Admin.GetAsync("/api/v1/commendations/nominations")).ReadAsync<JsonElement>())
            .EnumerateArray().Select(n => n.GetProperty("facilityId").GetGuid()).ShouldBe([a.Other.Id]);

        await (await a.OtherOfficer.GetAsync(Url(submitted))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await a.OtherOfficer.PostJsonAsync(Url(submitted, "/decision"), new { awarded = false, reason = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await a.OtherOfficer.GetAsync($"/api/v1/commendations/nominations?facilityId={a.Hospital.Id}")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);
        // The province decides only what was submitted: a draft is not found.
        await (await a.Officer.PostJsonAsync(Url(draft, "/decision"), new { awarded = false, reason = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await a.Officer.GetAsync("/api/v1/commendations/nominations")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(2);

        // The facility discards its own draft.
        (await a.Hospital.Admin.DeleteAsync(Url(draft))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await a.Hospital.Admin.GetAsync(Url(draft))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class CommendationsOnPostgres(SharedPostgres api) : CommendationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CommendationsOnSqlite(SharedSqlite api) : CommendationTests(api.Factory), IClassFixture<SharedSqlite>;
