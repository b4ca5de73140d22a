using System.Net;
using System.Text.Json;
using MiniExcelLibs;
using SocialWorkCloud.Domain.Targets;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using Ind = SocialWorkCloud.Domain.Targets.IndicatorCatalogue;

namespace SocialWorkCloud.IntegrationTests.Targets;

/// <summary>
/// The indicators, targets and progress on the fixed data set of <see cref="IndicatorWorld"/>, judged as of
/// 30/06/2026, through HTTP.
/// </summary>
public abstract class TargetsTests(ApiFactory factory)
{
    private const string AsOf = "2026-06-30";

    private static async Task<JsonElement> ProgressAsync(IndicatorWorld w) =>
        await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/progress?asOf={AsOf}")).ReadAsync<JsonElement>();

    private static JsonElement Row(JsonElement progress, Guid facilityId) =>
        progress.GetProperty("facilities").EnumerateArray().Single(r => r.GetProperty("facilityId").GetGuid() == facilityId);

    private static JsonElement Cell(JsonElement row, string code) =>
        row.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("indicatorCode").GetString() == code);

    private static decimal? Actual(JsonElement row, string code) =>
        Cell(row, code).GetProperty("actual") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    private static string State(JsonElement row, string code) => Cell(row, code).GetProperty("state").GetString()!;

    [Fact]
    public async Task Each_standard_indicator_matches_the_hand_computed_figures()
    {
        var w = await IndicatorWorld.ArrangeAsync(factory);
        var progress = await ProgressAsync(w);
        var h = Row(progress, w.H);

        Actual(h, Ind.CurativeUnit).ShouldBe(100m);                    // a department since 2024
        Actual(h, Ind.MedicalStaffTrained).ShouldBe(9.0m);             // 9 / 100
        Actual(h, Ind.PatientsInNeedSupported).ShouldBe(66.7m);        // K1, K2 of K1, K2, K3
        Actual(h, Ind.MoneyRaised).ShouldBe(40_000_000m);              // 30 M + 10 M (reversed only after the date)
        Actual(h, Ind.CollaboratorsInDepartments).ShouldBe(50.0m);     // Khoa Nhi of Khoa Nhi, Khoa Nội
        Actual(h, Ind.ChildrenSupported).ShouldBe(1m);                 // K3
        Actual(h, Ind.CertifiedPractitioners).ShouldBe(33.3m);         // S1 of S1, S2, S3
        Actual(h, Ind.ReceptionContacts).ShouldBe(12m);                // 5 + 7
        Actual(h, Ind.ClientsCounselled).ShouldBe(2m);                 // K1, K4
        Actual(h, Ind.CommunicationItems).ShouldBe(2m);
        Actual(h, Ind.CharityActivities).ShouldBe(1m);
        h.GetProperty("cells").EnumerateArray().Any(c => c.GetProperty("indicatorCode").GetString() == Ind.PreventiveSocialWork)
            .ShouldBeFalse("the preventive share does not apply to a hospital");
        Cell(h, Ind.CertifiedPractitioners).GetProperty("numerator").GetInt64().ShouldBe(1);
        Cell(h, Ind.CertifiedPractitioners).GetProperty("denominator").GetInt64().ShouldBe(3);

        // Against the national targets: 100% units met; 80% trained, 100% supported, 100% of departments and certified: behind; no money target.
        State(h, Ind.CurativeUnit).ShouldBe("Met");
        State(h, Ind.MedicalStaffTrained).ShouldBe("Behind");
        Cell(h, Ind.MedicalStaffTrained).GetProperty("targetSource").GetString().ShouldBe("National");
        State(h, Ind.PatientsInNeedSupported).ShouldBe("Behind");
        State(h, Ind.MoneyRaised).ShouldBe("NoTarget");
        h.GetProperty("behindCount").GetInt32().ShouldBe(4);

        // H2 has no records: shares without a denominator have no data, amounts are zero.
        var h2 = Row(progress, w.H2);
        Actual(h2, Ind.MoneyRaised).ShouldBe(0m);
        Actual(h2, Ind.CertifiedPractitioners).ShouldBeNull();
        State(h2, Ind.CertifiedPractitioners).ShouldBe("NoData");
        Actual(h2, Ind.CurativeUnit).ShouldBe(100m);                   // a team is a formal unit

        // Preventive: P1 (collaborators) does social work, P2 does not; province share 1/2 = 50% ≥ 36% due at 31/12/2026: met.
        Actual(Row(progress, w.P1), Ind.PreventiveSocialWork).ShouldBe(100m);
        Actual(Row(progress, w.P2), Ind.PreventiveSocialWork).ShouldBe(0m);
        State(Row(progress, w.P2), Ind.PreventiveSocialWork).ShouldBe("Behind");
        var totals = progress.GetProperty("totals").EnumerateArray().ToDictionary(c => c.GetProperty("indicatorCode").GetString()!);
        totals[Ind.PreventiveSocialWork].GetProperty("actual").GetDecimal().ShouldBe(50.0m);
        totals[Ind.PreventiveSocialWork].GetProperty("target").GetDecimal().ShouldBe(36m);
        totals[Ind.PreventiveSocialWork].GetProperty("state").GetString().ShouldBe("Met");
        totals[Ind.CurativeUnit].GetProperty("actual").GetDecimal().ShouldBe(100.0m);
        totals[Ind.MoneyRaised].GetProperty("actual").GetDecimal().ShouldBe(40_000_000m);
        totals[Ind.ReceptionContacts].GetProperty("actual").GetDecimal().ShouldBe(12m);
        // Trained across the province: 9 of 100 + 100 (H2) + 100 + 100 (P1, P2) medical staff = 9 / 400 = 2.3%.
        totals[Ind.MedicalStaffTrained].GetProperty("actual").GetDecimal().ShouldBe(2.3m);
        progress.GetProperty("facilities").GetArrayLength().ShouldBe(5);

        // The unit head reads the same figures for the own facility, with the month-end trend of money raised.
        var own = await (await w.HeadH.GetAsync($"/api/v1/facilities/{w.H}/progress?asOf={AsOf}&trend=true")).ReadAsync<JsonElement>();
        own.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("indicatorCode").GetString() == Ind.MoneyRaised)
            .GetProperty("actual").GetDecimal().ShouldBe(40_000_000m);
        var money = own.GetProperty("trend").EnumerateArray().Single(t => t.GetProperty("indicatorCode").GetString() == Ind.MoneyRaised);
        // 31/01–31/05: 30 M (the 20 M of 05/05 was reversed on 06/05); 30/06: 40 M.
        money.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("actual").GetDecimal())
            .ShouldBe([30_000_000m, 30_000_000m, 30_000_000m, 30_000_000m, 30_000_000m, 40_000_000m]);
    }

    [Fact]
    public async Task A_facility_target_overrides_its_group_and_states_follow_the_pro_rated_year()
    {
        var w = await IndicatorWorld.ArrangeAsync(factory);
        var group = await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/targets",
            new { year = 2026, indicatorCode = Ind.MoneyRaised, facilityGroup = "Curative", value = 100_000_000 })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/targets",
            new { year = 2026, indicatorCode = Ind.ChildrenSupported, facilityGroup = "Curative", value = 1 });

        var progress = await ProgressAsync(w);
        var money = Cell(Row(progress, w.H), Ind.MoneyRaised);
        money.GetProperty("target").GetDecimal().ShouldBe(100_000_000m);
        money.GetProperty("targetSource").GetString().ShouldBe("Group");
        money.GetProperty("expected").GetDecimal().ShouldBe(49_589_041.10m);   // 100 M × 181/365
        money.GetProperty("percentAchieved").GetDecimal().ShouldBe(40.0m);
        money.GetProperty("state").GetString().ShouldBe("Behind");              // 40 M < 49.6 M
        State(Row(progress, w.H), Ind.ChildrenSupported).ShouldBe("Met");      // 1 ≥ 1
        State(Row(progress, w.H2), Ind.ChildrenSupported).ShouldBe("Behind");  // 0 < 1/365×181 = 0.5

        // The facility's own target (60 M) overrides the group's for H only.
        var own = await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/targets",
            new { year = 2026, indicatorCode = Ind.MoneyRaised, facilityId = w.H, value = 60_000_000 })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        // The targets table groups a facility's own target by the facility's group (a hospital: curative).
        var listed = (await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/targets?year=2026")).ReadAsync<JsonElement>()).EnumerateArray()
            .Single(t => t.GetProperty("id").GetGuid() == own.GetProperty("id").GetGuid());
        listed.GetProperty("groupOfFacility").GetString().ShouldBe("Curative");
        listed.GetProperty("facilityGroup").ValueKind.ShouldBe(JsonValueKind.Null);
        progress = await ProgressAsync(w);
        money = Cell(Row(progress, w.H), Ind.MoneyRaised);
        money.GetProperty("targetSource").GetString().ShouldBe("Facility");
        money.GetProperty("expected").GetDecimal().ShouldBe(29_753_424.66m);   // 60 M × 181/365
        money.GetProperty("percentAchieved").GetDecimal().ShouldBe(66.7m);
        money.GetProperty("state").GetString().ShouldBe("OnTrack");
        Cell(Row(progress, w.H2), Ind.MoneyRaised).GetProperty("targetSource").GetString().ShouldBe("Group");
        // Province total against the sum of the facilities' targets: 40 M of 60 M + 100 M.
        var total = progress.GetProperty("totals").EnumerateArray().Single(c => c.GetProperty("indicatorCode").GetString() == Ind.MoneyRaised);
        total.GetProperty("target").GetDecimal().ShouldBe(160_000_000m);
        total.GetProperty("targetSource").GetString().ShouldBe("FacilitiesSum");

        // At 40 M the override is met once lowered to 40 M; a stale version is refused.
        var ownId = own.GetProperty("id").GetGuid();
        var lowered = await (await w.Officer.PutJsonAsync($"/api/v1/provinces/{w.Province}/targets/{ownId}",
            new { value = 40_000_000, version = own.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        State(Row(await ProgressAsync(w), w.H), Ind.MoneyRaised).ShouldBe("Met");
        (await w.Officer.PutJsonAsync($"/api/v1/provinces/{w.Province}/targets/{ownId}",
            new { value = 50_000_000, version = own.GetProperty("version").GetGuid() })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A second group target for the same indicator and year is a conflict; removing the facility's brings the group's back.
        (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/targets",
            new { year = 2026, indicatorCode = Ind.MoneyRaised, facilityGroup = "Curative", value = 1 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await w.Officer.DeleteAsync($"/api/v1/provinces/{w.Province}/targets/{ownId}?version={lowered.GetProperty("version").GetGuid()}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Cell(Row(await ProgressAsync(w), w.H), Ind.MoneyRaised).GetProperty("targetSource").GetString().ShouldBe("Group");

        var list = await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/targets?year=2026")).ReadAsync<JsonElement>();
        // What remains: the two group targets, in indicator order.
        list.EnumerateArray().Select(t => t.GetProperty("indicatorCode").GetString()).ShouldBe([Ind.ChildrenSupported, Ind.MoneyRaised]);
        list.EnumerateArray().Last().GetProperty("id").GetGuid().ShouldBe(group.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Bad_targets_are_refused_with_problem_details_and_nothing_is_written()
    {
        var w = await IndicatorWorld.ArrangeAsync(factory);
        var before = await ApiSurface.FingerprintAsync(factory);
        async Task Refused(object body, HttpStatusCode status) =>
            await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/targets", body)).ShouldBeProblemAsync(status);
        await Refused(new { year = 2026, indicatorCode = "NO_SUCH", facilityGroup = "Curative", value = 1 }, HttpStatusCode.BadRequest);
        await Refused(new { year = 2026, indicatorCode = Ind.MedicalStaffTrained, facilityGroup = "Curative", value = 150 }, HttpStatusCode.BadRequest);
        await Refused(new { year = 2026, indicatorCode = Ind.MoneyRaised, facilityGroup = "Curative", facilityId = w.H, value = 1 }, HttpStatusCode.BadRequest);
        await Refused(new { year = 2026, indicatorCode = Ind.MoneyRaised, value = 1 }, HttpStatusCode.BadRequest);
        await Refused(new { year = 2026, indicatorCode = Ind.PreventiveSocialWork, facilityGroup = "Curative", value = 30 }, HttpStatusCode.BadRequest);
        await Refused(new { year = 2026, indicatorCode = Ind.MoneyRaised, facilityGroup = "Curative", value = 1.5 }, HttpStatusCode.BadRequest);
        // The preventive share does not apply to a hospital: a business rule.
        await Refused(new { year = 2026, indicatorCode = Ind.PreventiveSocialWork, facilityId = w.H, value = 30 }, HttpStatusCode.UnprocessableEntity);
        // Another province's facility does not exist for this officer.
        await Refused(new { year = 2026, indicatorCode = Ind.MoneyRaised, facilityId = factory.World.HospitalB, value = 1 }, HttpStatusCode.NotFound);
        // A unit head cannot set the province's targets.
        (await w.HeadH.PostJsonAsync($"/api/v1/provinces/{w.Province}/targets",
            new { year = 2026, indicatorCode = Ind.MoneyRaised, facilityGroup = "Curative", value = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/progress?asOf=1999-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused target wrote something");
    }

    [Fact]
    public async Task The_annual_plan_is_drafted_submitted_returned_resubmitted_and_its_targets_tracked()
    {
        var w = await IndicatorWorld.ArrangeAsync(factory);
        var body = new
        {
            year = 2026, summary = "Kế hoạch CTXH 2026",
            targets = new object[] { new { indicatorCode = Ind.MoneyRaised, value = 50_000_000 }, new { text = "Bữa cơm miễn phí 2 lần/tháng" } },
            activities = new object[] { new { title = "Tập huấn giao tiếp", month = 3, responsible = "Phòng CTXH", budgetVnd = 40_000_000 }, new { title = "Trung thu", month = 9 } },
        };
        var plan = await (await w.HeadH.PostJsonAsync("/api/v1/plans", body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        plan.GetProperty("status").GetString().ShouldBe("Draft");
        plan.GetProperty("totalBudgetVnd").GetInt64().ShouldBe(40_000_000);
        (await w.HeadH.PostJsonAsync("/api/v1/plans", body)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The plan's own target is tracked on the facility's progress: 40 M of 50 M; 50 M × 181/365 = 24.8 M expected: on track.
        var progress = await (await w.HeadH.GetAsync($"/api/v1/facilities/{w.H}/progress?asOf={AsOf}")).ReadAsync<JsonElement>();
        var planTargets = progress.GetProperty("plan").GetProperty("targets").EnumerateArray().ToList();
        planTargets[0].GetProperty("actual").GetDecimal().ShouldBe(40_000_000m);
        planTargets[0].GetProperty("percentAchieved").GetDecimal().ShouldBe(80.0m);
        planTargets[0].GetProperty("state").GetString().ShouldBe("OnTrack");
        planTargets[1].GetProperty("text").GetString().ShouldBe("Bữa cơm miễn phí 2 lần/tháng");

        // Drafts stay the facility's own: the province does not see them; another facility never does.
        (await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/plans?year=2026")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);
        // Nor through the facility's progress (issue 17: the draft leaked there).
        var officersView = await (await w.Officer.GetAsync($"/api/v1/facilities/{w.H}/progress?asOf={AsOf}")).ReadAsync<JsonElement>();
        (officersView.TryGetProperty("plan", out var draftSeen) ? draftSeen.ValueKind : JsonValueKind.Null).ShouldBe(JsonValueKind.Null);
        (await w.HeadH2.GetAsync($"/api/v1/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await w.HeadH2.GetAsync($"/api/v1/facilities/{w.H}/progress")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await w.HeadH2.GetAsync("/api/v1/plans")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);

        var submitted = await (await w.HeadH.PostJsonAsync($"/api/v1/plans/{planId}/submit", new { version = plan.GetProperty("version").GetGuid() }))
            .ReadAsync<JsonElement>();
        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        var officersViewNow = await (await w.Officer.GetAsync($"/api/v1/facilities/{w.H}/progress?asOf={AsOf}")).ReadAsync<JsonElement>();
        officersViewNow.GetProperty("plan").GetProperty("status").GetString().ShouldBe("Submitted");
        await (await w.HeadH.PutJsonAsync($"/api/v1/plans/{planId}", new { version = submitted.GetProperty("version").GetGuid(), summary = "Sửa", targets = Array.Empty<object>(), activities = Array.Empty<object>() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        var listed = await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/plans?year=2026")).ReadAsync<JsonElement>();
        listed.EnumerateArray().Single().GetProperty("activities").GetInt32().ShouldBe(2);
        await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/plans/{planId}/review", new { decision = "Return", version = submitted.GetProperty("version").GetGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);   // returning needs a comment
        var returned = await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/plans/{planId}/review",
            new { decision = "Return", comment = "Bổ sung chỉ tiêu tập huấn", version = submitted.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        returned.GetProperty("status").GetString().ShouldBe("Returned");
        // Another province's officer does not find it.
        using var officer2 = await factory.World.ClientForAsync(TestWorld.Officer2);
        (await officer2.GetAsync($"/api/v1/provinces/{factory.World.Province2}/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var revised = await (await w.HeadH.PutJsonAsync($"/api/v1/plans/{planId}", new
        {
            version = returned.GetProperty("version").GetGuid(), summary = "Kế hoạch CTXH 2026 (bổ sung)",
            targets = new object[] { new { indicatorCode = Ind.MoneyRaised, value = 50_000_000 }, new { indicatorCode = Ind.MedicalStaffTrained, value = 80 } },
            activities = body.activities,
        })).ReadAsync<JsonElement>();
        revised.GetProperty("reviewComment").GetString().ShouldBe("Bổ sung chỉ tiêu tập huấn");
        var resubmitted = await (await w.HeadH.PostJsonAsync($"/api/v1/plans/{planId}/submit", new { version = revised.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        var acknowledged = await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/plans/{planId}/review",
            new { decision = "Acknowledge", version = resubmitted.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        acknowledged.GetProperty("status").GetString().ShouldBe("Acknowledged");
        acknowledged.GetProperty("targets").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task The_whole_table_exports_to_excel_and_other_provinces_are_not_found()
    {
        var w = await IndicatorWorld.ArrangeAsync(factory);
        var response = await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/progress/export?asOf={AsOf}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var progress = await ProgressAsync(w);
        rows.Count.ShouldBe(progress.GetProperty("facilities").EnumerateArray().Sum(f => f.GetProperty("cells").GetArrayLength()) + progress.GetProperty("totals").GetArrayLength());
        var moneyOfH = rows.Single(r => (string)r["Cơ sở"] == "Bệnh viện Chỉ Tiêu" && (string)r["Chỉ số"] == Ind.Get(Ind.MoneyRaised).NameVi);
        Convert.ToDecimal(moneyOfH["Thực hiện"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(40_000_000m);

        using var officer2 = await factory.World.ClientForAsync(TestWorld.Officer2);
        (await officer2.GetAsync($"/api/v1/provinces/{w.Province}/progress")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer2.GetAsync($"/api/v1/facilities/{w.H}/progress")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await w.HeadH.GetAsync($"/api/v1/provinces/{w.Province}/progress")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The officer drills down to a facility of the province: its aggregates.
        (await w.Officer.GetAsync($"/api/v1/facilities/{w.H}/progress?asOf={AsOf}&trend=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class TargetsOnPostgres(PostgresApiFactory factory) : TargetsTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class TargetsOnSqlite(SqliteApiFactory factory) : TargetsTests(factory);
