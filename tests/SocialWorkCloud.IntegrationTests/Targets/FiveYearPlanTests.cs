using System.Net;
using System.Text.Json;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using SocialWorkCloud.IntegrationTests.Notifications;
using Ind = SocialWorkCloud.Domain.Targets.IndicatorCatalogue;

namespace SocialWorkCloud.IntegrationTests.Targets;

/// <summary>
/// The five-year plan 2026–2030 through HTTP: drafted with yearly targets, read beside an annual plan, submitted, returned,
/// reworked, resubmitted and acknowledged; the province reads only submitted or acknowledged plans.
/// </summary>
public abstract class FiveYearPlanTests(ApiFactory factory)
{
    private static Guid V(JsonElement e) => e.GetProperty("version").GetGuid();

    private static object Body(int startYear = 2026, params object[] targets) => new
    {
        startYear, generalGoal = "Nâng cao chất lượng công tác xã hội, chăm sóc toàn diện người bệnh",
        specificObjectives = "Mở rộng mạng lưới cộng tác viên tại các khoa, phòng", solutions = "Tăng cường nhân lực; đào tạo kỹ năng tham vấn",
        recommendations = "Đề nghị Sở Y tế hỗ trợ đào tạo chuyên sâu", targets,
    };

    private static object[] Path(string code, params decimal[] values) =>
        values.Select((v, i) => (object)new { indicatorCode = code, year = 2026 + i, value = v }).ToArray();

    private static decimal? FiveYearTarget(JsonElement annual, string code) =>
        annual.GetProperty("fiveYear").GetProperty("targets").EnumerateArray()
            .Where(t => t.GetProperty("indicatorCode").GetString() == code).Select(t => (decimal?)t.GetProperty("value").GetDecimal()).SingleOrDefault();

    [Fact]
    public async Task A_plan_is_drafted_read_beside_the_annual_plan_submitted_returned_reworked_and_acknowledged()
    {
        var w = await IndicatorWorld.ArrangeAsync(factory);
        var targets = Path(Ind.MoneyRaised, 100_000_000, 110_000_000, 120_000_000, 135_000_000, 150_000_000)
            .Concat(Path(Ind.MedicalStaffTrained, 40, 50, 60, 70, 80)).ToArray();
        var plan = await (await w.HeadH.PostJsonAsync("/api/v1/five-year-plans", Body(2026, targets))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        (plan.GetProperty("startYear").GetInt32(), plan.GetProperty("endYear").GetInt32(), plan.GetProperty("status").GetString()).ShouldBe((2026, 2030, "Draft"));
        plan.GetProperty("targets").GetArrayLength().ShouldBe(10);
        // Catalogue order, then year: trained (3rd of the catalogue) before money (5th).
        plan.GetProperty("targets")[0].GetProperty("indicatorCode").GetString().ShouldBe(Ind.MedicalStaffTrained);
        plan.GetProperty("targets")[9].GetProperty("value").GetDecimal().ShouldBe(150_000_000m);
        (await w.HeadH.PostJsonAsync("/api/v1/five-year-plans", Body())).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var listed = await (await w.HeadH.GetAsync("/api/v1/five-year-plans")).ReadAsync<JsonElement>();
        listed.EnumerateArray().Single().GetProperty("targets").GetInt32().ShouldBe(10);

        // The annual plan of 2027 shows the five-year target of 2027 beside its own to the unit head, even while the five-year plan is a draft.
        var annual = await (await w.HeadH.PostJsonAsync("/api/v1/plans", new
        {
            year = 2027, summary = "Kế hoạch CTXH 2027", targets = new object[] { new { indicatorCode = Ind.MoneyRaised, value = 105_000_000 } },
            activities = Array.Empty<object>(),
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var annualId = annual.GetProperty("id").GetGuid();
        annual.GetProperty("fiveYear").GetProperty("status").GetString().ShouldBe("Draft");
        FiveYearTarget(annual, Ind.MoneyRaised).ShouldBe(110_000_000m);
        FiveYearTarget(annual, Ind.MedicalStaffTrained).ShouldBe(50m);
        await w.HeadH.PostJsonAsync($"/api/v1/plans/{annualId}/submit", new { version = V(annual) });

        // The province sees neither the draft nor its targets beside the submitted annual plan.
        (await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/five-year-plans?startYear=2026")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);
        (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var officersAnnual = await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/plans/{annualId}")).ReadAsync<JsonElement>();
        (officersAnnual.TryGetProperty("fiveYear", out var unseen) ? unseen.ValueKind : JsonValueKind.Null).ShouldBe(JsonValueKind.Null);

        var submitted = await (await w.HeadH.PostJsonAsync($"/api/v1/five-year-plans/{planId}/submit", new { version = V(plan) })).ReadAsync<JsonElement>();
        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        var problem = await (await w.HeadH.PutJsonAsync($"/api/v1/five-year-plans/{planId}", new { version = V(submitted), generalGoal = "Sửa", targets = targets }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("code").GetString().ShouldBe("plan-not-editable");

        // Submitted: the province's officers hear of it and read it, and its 2027 targets beside the annual plan.
        var asked = await Inboxes.WaitForAsync(w.Officer, "FiveYearPlanSubmitted", planId);
        asked.Text.ShouldContain("2026–2030");
        var inProvince = await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/five-year-plans")).ReadAsync<JsonElement>();
        inProvince.EnumerateArray().Single().GetProperty("facilityName").GetString().ShouldBe("Bệnh viện Chỉ Tiêu");
        (await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{planId}")).ReadAsync<JsonElement>())
            .GetProperty("generalGoal").GetString().ShouldStartWith("Nâng cao chất lượng");
        FiveYearTarget(await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/plans/{annualId}")).ReadAsync<JsonElement>(), Ind.MoneyRaised)
            .ShouldBe(110_000_000m);
        // Another province's officer and another facility's head do not find it.
        using var officer2 = await factory.World.ClientForAsync(TestWorld.Officer2);
        (await officer2.GetAsync($"/api/v1/provinces/{factory.World.Province2}/five-year-plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await w.HeadH2.GetAsync($"/api/v1/five-year-plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Returning needs a comment; returned, the plan leaves the province's list until resubmitted.
        await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{planId}/review", new { decision = "Return", version = V(submitted) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var returned = await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{planId}/review",
            new { decision = "Return", comment = "Bổ sung chỉ tiêu tiếp đón người bệnh", version = V(submitted) })).ReadAsync<JsonElement>();
        returned.GetProperty("status").GetString().ShouldBe("Returned");
        (await Inboxes.WaitForAsync(w.HeadH, "FiveYearPlanReturned", planId)).Path.ShouldBe("/plans/five-year");
        (await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/five-year-plans")).ReadAsync<JsonElement>()).GetArrayLength().ShouldBe(0);
        (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{planId}/review",
            new { decision = "Acknowledge", version = V(returned) })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Reworked: the unit adds reception targets and resubmits; the comment stays until the next answer.
        var mine = await (await w.HeadH.GetAsync($"/api/v1/five-year-plans/{planId}")).ReadAsync<JsonElement>();
        var reworked = await (await w.HeadH.PutJsonAsync($"/api/v1/five-year-plans/{planId}",
            new
            {
                version = V(mine), generalGoal = "Nâng cao chất lượng công tác xã hội (bổ sung)", specificObjectives = (string?)null,
                solutions = (string?)null, recommendations = (string?)null,
                targets = targets.Concat(Path(Ind.ReceptionContacts, 20_000, 21_000, 22_000, 23_000, 24_000)).ToArray(),
            })).ReadAsync<JsonElement>();
        (reworked.GetProperty("targets").GetArrayLength(), reworked.GetProperty("reviewComment").GetString()).ShouldBe((15, "Bổ sung chỉ tiêu tiếp đón người bệnh"));
        (reworked.TryGetProperty("specificObjectives", out var cleared) ? cleared.ValueKind : JsonValueKind.Null).ShouldBe(JsonValueKind.Null);
        var resubmitted = await (await w.HeadH.PostJsonAsync($"/api/v1/five-year-plans/{planId}/submit", new { version = V(reworked) })).ReadAsync<JsonElement>();
        var acknowledged = await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{planId}/review",
            new { decision = "Acknowledge", comment = "Đã ghi nhận", version = V(resubmitted) })).ReadAsync<JsonElement>();
        (acknowledged.GetProperty("status").GetString(), acknowledged.GetProperty("reviewComment").GetString()).ShouldBe(("Acknowledged", "Đã ghi nhận"));
        (await Inboxes.WaitForAsync(w.HeadH, "FiveYearPlanAcknowledged", planId)).RecordId.ShouldBe(planId);
        (await Inboxes.SettleAsync(factory, NotificationKind.FiveYearPlanSubmitted, planId)).ShouldBe(2);

        // Acknowledged is final: no second answer, no change, no resubmission.
        var again = await (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{planId}/review",
            new { decision = "Return", comment = "x", version = V(acknowledged) })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        again.GetProperty("code").GetString().ShouldBe("plan-not-submitted");
        await (await w.HeadH.PostJsonAsync($"/api/v1/five-year-plans/{planId}/submit", new { version = V(acknowledged) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/five-year-plans?startYear=2026")).ReadAsync<JsonElement>())
            .EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("Acknowledged");
    }

    [Fact]
    public async Task Bad_plans_and_refused_transitions_write_nothing()
    {
        var w = await IndicatorWorld.ArrangeAsync(factory);
        var before = await ApiSurface.FingerprintAsync(factory);
        async Task<string?> Refused(object body, HttpStatusCode status) =>
            (await (await w.HeadH.PostJsonAsync("/api/v1/five-year-plans", body)).ShouldBeProblemAsync(status)).TryGetProperty("code", out var c) ? c.GetString() : null;

        // A period must start in a year ending in 1 or 6.
        await Refused(Body(2027), HttpStatusCode.BadRequest);
        // A yearly target outside 2026–2030: the aggregate refuses it (nothing of the plan is written).
        (await Refused(Body(2026, new { indicatorCode = Ind.MoneyRaised, year = 2031, value = 1 }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("five-year-plan-target-year-outside-period");
        (await Refused(Body(2026, new { indicatorCode = Ind.MoneyRaised, year = 2025, value = 1 }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("five-year-plan-target-year-outside-period");
        // The preventive share does not apply to a hospital.
        (await Refused(Body(2026, new { indicatorCode = Ind.PreventiveSocialWork, year = 2026, value = 30 }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("indicator-not-applicable");
        await Refused(Body(2026, new { indicatorCode = "NO_SUCH", year = 2026, value = 1 }), HttpStatusCode.BadRequest);
        await Refused(Body(2026, new { indicatorCode = Ind.MedicalStaffTrained, year = 2026, value = 150 }), HttpStatusCode.BadRequest);
        await Refused(Body(2026, new { indicatorCode = Ind.MoneyRaised, year = 2026, value = 1.5 }), HttpStatusCode.BadRequest);
        await Refused(Body(2026, new { indicatorCode = Ind.MoneyRaised, year = 2026, value = 1 }, new { indicatorCode = Ind.MoneyRaised, year = 2026, value = 2 }),
            HttpStatusCode.BadRequest);
        await Refused(Body(2026, Enumerable.Range(0, 101).Select(i => (object)new { indicatorCode = Ind.MoneyRaised, year = 2026, value = i }).ToArray()),
            HttpStatusCode.BadRequest);
        // Only the unit head drafts; the province lists a real period only.
        (await w.Officer.PostJsonAsync("/api/v1/five-year-plans", Body())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/five-year-plans?startYear=2027")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused five-year plan wrote something");

        // A draft without its goal or without a target is not submitted; a draft is not reviewed.
        var bare = await (await w.HeadH.PostJsonAsync("/api/v1/five-year-plans", new { startYear = 2031, targets = Array.Empty<object>() }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = bare.GetProperty("id").GetGuid();
        (await (await w.HeadH.PostJsonAsync($"/api/v1/five-year-plans/{id}/submit", new { version = V(bare) })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("code").GetString().ShouldBe("five-year-plan-goal-required");
        var goal = await (await w.HeadH.PutJsonAsync($"/api/v1/five-year-plans/{id}", new { version = V(bare), generalGoal = "Mục tiêu chung", targets = Array.Empty<object>() }))
            .ReadAsync<JsonElement>();
        (await (await w.HeadH.PostJsonAsync($"/api/v1/five-year-plans/{id}/submit", new { version = V(goal) })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("code").GetString().ShouldBe("five-year-plan-no-targets");
        // A target of 2026 does not fit the period 2031–2035, and a stale version is a conflict.
        (await (await w.HeadH.PutJsonAsync($"/api/v1/five-year-plans/{id}",
                new { version = V(goal), generalGoal = "Mục tiêu chung", targets = new[] { new { indicatorCode = Ind.MoneyRaised, year = 2026, value = 1 } } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("five-year-plan-target-year-outside-period");
        (await w.HeadH.PutJsonAsync($"/api/v1/five-year-plans/{id}", new { version = V(bare), generalGoal = "Cũ", targets = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await w.Officer.PostJsonAsync($"/api/v1/provinces/{w.Province}/five-year-plans/{id}/review", new { decision = "Acknowledge", version = V(goal) }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await w.HeadH.GetAsync($"/api/v1/five-year-plans/{id}")).ReadAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Draft");
    }
}

[Collection(PostgresCollection.Name)]
public sealed class FiveYearPlanOnPostgres(PostgresApiFactory factory) : FiveYearPlanTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class FiveYearPlanOnSqlite(SqliteApiFactory factory) : FiveYearPlanTests(factory);
