using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Kpis;

/// <summary>
/// KPIs against hand-computed expectations on a province of ten preventive centres, four hospitals
/// and two commune stations (see <see cref="ArrangeAsync"/> for the histories).
/// </summary>
public abstract class ProvinceKpiTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private sealed record Province(Guid Id, Guid[] Preventive, Guid[] Hospitals, Guid[] Stations, string OfficerEmail);

    private async Task<Province> ArrangeAsync()
    {
        var id = await World.NewProvinceAsync("Tỉnh KPI");
        var d = (int y, int m, int day) => new DateOnly(y, m, day);
        var preventive = new[]
        {
            await World.NewFacilityAsync(id, FacilityType.ProvincialCdc, "CDC", (UnitStatus.CollaboratorsOnly, d(2020, 6, 1))),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 2", (UnitStatus.Team, d(2024, 3, 1))),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 3", (UnitStatus.CollaboratorsOnly, d(2025, 12, 31))),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 4", (UnitStatus.CollaboratorsOnly, d(2026, 2, 1))),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 5", (UnitStatus.CollaboratorsOnly, d(2027, 5, 1))),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 6"),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 7"),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 8"),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 9"),
            await World.NewFacilityAsync(id, FacilityType.DistrictHealthCentre, "TTYT 10"),
        };
        var hospitals = new[]
        {
            await World.NewFacilityAsync(id, FacilityType.PublicHospital, "BV 1", (UnitStatus.Team, d(2018, 1, 1)), (UnitStatus.Department, d(2022, 1, 1))),
            await World.NewFacilityAsync(id, FacilityType.PublicHospital, "BV 2", (UnitStatus.CollaboratorsOnly, d(2019, 1, 1))),
            await World.NewFacilityAsync(id, FacilityType.PrivateHospital, "BV 3", (UnitStatus.Team, d(2021, 7, 1))),
            await World.NewFacilityAsync(id, FacilityType.PrivateHospital, "BV 4"),
        };
        var stations = new[]
        {
            await World.NewFacilityAsync(id, FacilityType.CommuneHealthStation, "TYT 1", (UnitStatus.CollaboratorsOnly, d(2020, 1, 1))),
            await World.NewFacilityAsync(id, FacilityType.CommuneHealthStation, "TYT 2"),
        };
        var officer = $"officer-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(officer, UserRole.ProvinceOfficer, null, id);
        return new Province(id, preventive, hospitals, stations, officer);
    }

    private async Task<JsonElement> KpisAsync(Province p, string asOf)
    {
        using var client = await World.ClientForAsync(p.OfficerEmail);
        return await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis?asOf={asOf}")).ReadAsync<JsonElement>();
    }

    private static JsonElement Figure(JsonElement kpis, string indicator) =>
        kpis.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("indicator").GetString() == indicator);

    [Theory]
    // asOf, preventive numerator, share, target due at the year end, trajectory at the date, state
    [InlineData("2025-06-30", 2, 20.0, 30.0, 26.98, "Behind")]
    [InlineData("2025-12-31", 3, 30.0, 30.0, 30.0, "Met")]
    [InlineData("2026-06-30", 4, 40.0, 36.0, 32.98, "Met")]
    [InlineData("2027-12-31", 5, 50.0, 42.0, 42.0, "Met")]
    [InlineData("2029-03-31", 5, 50.0, 54.0, 49.48, "OnTrack")]
    [InlineData("2029-06-30", 5, 50.0, 54.0, 50.98, "Behind")]
    [InlineData("2031-12-31", 5, 50.0, 60.0, 60.0, "Behind")]
    public async Task Preventive_share_follows_the_30_to_60_percent_trajectory(string asOf, int numerator, double share, double target, double trajectory, string state)
    {
        var p = await ArrangeAsync();
        var preventive = Figure(await KpisAsync(p, asOf), "PreventiveSocialWorkShare");
        preventive.GetProperty("numerator").GetInt32().ShouldBe(numerator);
        preventive.GetProperty("denominator").GetInt32().ShouldBe(10);
        preventive.GetProperty("sharePercent").GetDecimal().ShouldBe((decimal)share);
        preventive.GetProperty("targetPercent").GetDecimal().ShouldBe((decimal)target);
        preventive.GetProperty("trajectoryPercent").GetDecimal().ShouldBe((decimal)trajectory);
        preventive.GetProperty("state").GetString().ShouldBe(state);
        preventive.GetProperty("laggards").GetArrayLength().ShouldBe(10 - numerator);
    }

    [Fact]
    public async Task Curative_and_station_shares_name_the_facilities_that_pull_them_down()
    {
        var p = await ArrangeAsync();
        var kpis = await KpisAsync(p, "2025-12-31");

        var curative = Figure(kpis, "CurativeUnitShare");
        curative.GetProperty("numerator").GetInt32().ShouldBe(2);
        curative.GetProperty("denominator").GetInt32().ShouldBe(4);
        curative.GetProperty("sharePercent").GetDecimal().ShouldBe(50m);
        curative.GetProperty("targetPercent").GetDecimal().ShouldBe(100m);
        curative.GetProperty("state").GetString().ShouldBe("Behind");
        curative.GetProperty("laggards").EnumerateArray().Select(l => l.GetProperty("facilityId").GetGuid())
            .ShouldBe([p.Hospitals[1], p.Hospitals[3]], ignoreOrder: true);
        curative.GetProperty("laggards").EnumerateArray().Single(l => l.GetProperty("facilityId").GetGuid() == p.Hospitals[1])
            .GetProperty("unitStatus").GetString().ShouldBe("CollaboratorsOnly");

        var stations = Figure(kpis, "CommuneStationShare");
        stations.GetProperty("numerator").GetInt32().ShouldBe(1);
        stations.GetProperty("denominator").GetInt32().ShouldBe(2);
        stations.GetProperty("state").GetString().ShouldBe("NotJudged");
        stations.GetProperty("laggards").EnumerateArray().Single().GetProperty("facilityId").GetGuid().ShouldBe(p.Stations[1]);
    }

    [Fact]
    public async Task A_status_change_backdated_into_an_earlier_year_changes_that_years_figures()
    {
        var p = await ArrangeAsync();
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(admin, UserRole.FacilityAdmin, p.Preventive[5], null);
        using var client = await World.ClientForAsync(admin);

        (await client.PostJsonAsync($"/api/v1/facilities/{p.Preventive[5]}/unit-history",
            new { status = "CollaboratorsOnly", effectiveDate = "2025-06-01", headcount = 2, note = "Quyết định ghi nhận muộn" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var mid2025 = Figure(await KpisAsync(p, "2025-06-30"), "PreventiveSocialWorkShare");
        mid2025.GetProperty("numerator").GetInt32().ShouldBe(3);
        mid2025.GetProperty("state").GetString().ShouldBe("Met");
        Figure(await KpisAsync(p, "2025-12-31"), "PreventiveSocialWorkShare").GetProperty("numerator").GetInt32().ShouldBe(4);
        Figure(await KpisAsync(p, "2024-12-31"), "PreventiveSocialWorkShare").GetProperty("numerator").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_retracted_entry_stops_counting_and_stays_visible_in_the_history()
    {
        var p = await ArrangeAsync();
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(admin, UserRole.FacilityAdmin, p.Preventive[0], null);
        using var client = await World.ClientForAsync(admin);
        var profile = await (await client.GetAsync($"/api/v1/facilities/{p.Preventive[0]}")).ReadAsync<JsonElement>();
        var entryId = profile.GetProperty("unitHistory")[0].GetProperty("id").GetGuid();

        (await client.PostJsonAsync($"/api/v1/facilities/{p.Preventive[0]}/unit-history/{entryId}/corrections",
            new { reason = "Nhập nhầm cơ sở", retract = true, status = "None", effectiveDate = "2020-06-01", headcount = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        Figure(await KpisAsync(p, "2025-12-31"), "PreventiveSocialWorkShare").GetProperty("numerator").GetInt32().ShouldBe(2);
        var after = await (await client.GetAsync($"/api/v1/facilities/{p.Preventive[0]}")).ReadAsync<JsonElement>();
        var history = after.GetProperty("unitHistory").EnumerateArray().ToList();
        history.Count.ShouldBe(2);
        history.Single(h => h.GetProperty("id").GetGuid() == entryId).GetProperty("isInForce").GetBoolean().ShouldBeFalse();
        history.Single(h => h.GetProperty("id").GetGuid() != entryId).GetProperty("correctionReason").GetString().ShouldBe("Nhập nhầm cơ sở");
        after.GetProperty("currentUnitStatus").GetString().ShouldBe("None");

        // The same entry cannot be corrected twice: the second correction is a conflict.
        await (await client.PostJsonAsync($"/api/v1/facilities/{p.Preventive[0]}/unit-history/{entryId}/corrections",
            new { reason = "lần hai", retract = false, status = "Team", effectiveDate = "2020-06-01", decisionNumber = "QĐ 2", headcount = 1 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_background_job_stores_a_snapshot_that_agrees_with_the_live_figures()
    {
        var p = await ArrangeAsync();
        using var client = await World.ClientForAsync(p.OfficerEmail);
        var accepted = await client.PostJsonAsync($"/api/v1/provinces/{p.Id}/kpis/recompute", new { asOf = "2025-12-31" });
        var run = await accepted.ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        run.GetProperty("jobId").GetString().ShouldNotBeNullOrEmpty();
        accepted.Headers.Location!.ToString().ShouldBe($"/api/v1/provinces/{p.Id}/kpis/runs/{run.GetProperty("id").GetGuid()}");

        var status = "";
        for (var i = 0; i < 150 && status is not ("Succeeded" or "Failed"); i++)
        {
            await Task.Delay(200);
            status = (await (await client.GetAsync(accepted.Headers.Location)).ReadAsync<JsonElement>()).GetProperty("status").GetString()!;
        }
        status.ShouldBe("Succeeded");

        var trend = await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/trend")).ReadAsync<JsonElement>();
        var live = await KpisAsync(p, "2025-12-31");
        foreach (var series in trend.GetProperty("series").EnumerateArray())
        {
            var point = series.GetProperty("points").EnumerateArray().Single();
            point.GetProperty("asOf").GetString().ShouldBe("2025-12-31");
            var figure = Figure(live, series.GetProperty("indicator").GetString()!);
            point.GetProperty("numerator").GetInt32().ShouldBe(figure.GetProperty("numerator").GetInt32());
            point.GetProperty("denominator").GetInt32().ShouldBe(figure.GetProperty("denominator").GetInt32());
            point.GetProperty("state").GetString().ShouldBe(figure.GetProperty("state").GetString());
        }
        trend.GetProperty("series").GetArrayLength().ShouldBe(3);
        trend.GetProperty("preventiveTargets").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == 2028)
            .GetProperty("targetPercent").GetDecimal().ShouldBe(48m);
    }

    [Fact]
    public async Task A_backdated_status_change_recomputes_the_stored_snapshots_it_affects()
    {
        var p = await ArrangeAsync();
        using var officer = await World.ClientForAsync(p.OfficerEmail);
        async Task<Dictionary<string, int>> PreventiveTrendAsync()
        {
            var series = (await (await officer.GetAsync($"/api/v1/provinces/{p.Id}/kpis/trend")).ReadAsync<JsonElement>())
                .GetProperty("series").EnumerateArray().Where(s => s.GetProperty("indicator").GetString() == "PreventiveSocialWorkShare").ToList();
            return series.Count == 0 ? [] : series[0].GetProperty("points").EnumerateArray()
                .ToDictionary(x => x.GetProperty("asOf").GetString()!, x => x.GetProperty("numerator").GetInt32());
        }
        async Task<Dictionary<string, int>> WaitForTrendAsync(Func<Dictionary<string, int>, bool> done)
        {
            var trend = await PreventiveTrendAsync();
            for (var i = 0; i < 150 && !done(trend); i++)
            {
                await Task.Delay(200);
                trend = await PreventiveTrendAsync();
            }
            return trend;
        }
        foreach (var asOf in new[] { "2024-12-31", "2025-12-31" })
        {
            (await officer.PostJsonAsync($"/api/v1/provinces/{p.Id}/kpis/recompute", new { asOf })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }
        (await WaitForTrendAsync(t => t.Count == 2)).ShouldBe(new Dictionary<string, int> { ["2024-12-31"] = 2, ["2025-12-31"] = 3 });

        // A decision of June 2025 recorded late: the 2025 year-end point follows without anyone recomputing; 2024 stays.
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(admin, UserRole.FacilityAdmin, p.Preventive[5], null);
        using var client = await World.ClientForAsync(admin);
        (await client.PostJsonAsync($"/api/v1/facilities/{p.Preventive[5]}/unit-history",
            new { status = "CollaboratorsOnly", effectiveDate = "2025-06-01", headcount = 2, note = "Quyết định ghi nhận muộn" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await WaitForTrendAsync(t => t.GetValueOrDefault("2025-12-31") == 4)).ShouldBe(new Dictionary<string, int> { ["2024-12-31"] = 2, ["2025-12-31"] = 4 });
    }

    [Fact]
    public async Task A_facility_sees_where_it_stands()
    {
        var p = await ArrangeAsync();
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(admin, UserRole.FacilityAdmin, p.Hospitals[0], null);
        using var client = await World.ClientForAsync(admin);
        var kpis = await (await client.GetAsync($"/api/v1/facilities/{p.Hospitals[0]}/kpis?asOf=2021-12-31")).ReadAsync<JsonElement>();
        kpis.GetProperty("unitStatus").GetString().ShouldBe("Team");
        kpis.GetProperty("countsTowardTarget").GetBoolean().ShouldBeTrue();
        kpis.GetProperty("indicator").GetString().ShouldBe("CurativeUnitShare");
        kpis.GetProperty("provinceSharePercent").GetDecimal().ShouldBe(50m); // BV 1 (team 2018) and BV 3 (team 01/07/2021) of 4
    }

    [Theory]
    [InlineData("2021-12-31")]
    [InlineData("2025-06-30")]
    [InlineData("2027-12-31")]
    public async Task Each_groups_card_shows_the_share_target_and_state_of_the_province_figure(string asOf)
    {
        // The card computes its own group alone (issue 19): it must agree with the whole province's computation.
        var p = await ArrangeAsync();
        var province = await KpisAsync(p, asOf);
        foreach (var (facility, indicator) in new[]
                 { (p.Preventive[1], "PreventiveSocialWorkShare"), (p.Hospitals[2], "CurativeUnitShare"), (p.Stations[0], "CommuneStationShare") })
        {
            var admin = $"admin-{Guid.NewGuid():N}@test.vn";
            await World.NewUserAsync(admin, UserRole.FacilityAdmin, facility, null);
            using var client = await World.ClientForAsync(admin);
            var card = await (await client.GetAsync($"/api/v1/facilities/{facility}/kpis?asOf={asOf}")).ReadAsync<JsonElement>();
            var figure = Figure(province, indicator);
            card.GetProperty("indicator").GetString().ShouldBe(indicator);
            card.GetProperty("provinceSharePercent").GetDecimal().ShouldBe(figure.GetProperty("sharePercent").GetDecimal());
            card.GetProperty("targetPercent").ToString().ShouldBe(figure.GetProperty("targetPercent").ToString());
            card.GetProperty("provinceState").GetString().ShouldBe(figure.GetProperty("state").GetString());
        }
    }

    [Fact]
    public async Task A_facility_user_cannot_read_province_kpis()
    {
        using var client = await World.ClientForAsync(TestWorld.AdminA);
        await (await client.GetAsync($"/api/v1/provinces/{World.Province1}/kpis")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class ProvinceKpisOnPostgres(SharedPostgres api) : ProvinceKpiTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ProvinceKpisOnSqlite(SharedSqlite api) : ProvinceKpiTests(api.Factory), IClassFixture<SharedSqlite>;
