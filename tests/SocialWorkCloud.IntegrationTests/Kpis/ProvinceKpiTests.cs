using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
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

        // Up to the stored year end only: a range reaching today adds today's live point (see below).
        var trend = await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/trend?to=2025-12-31")).ReadAsync<JsonElement>();
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
        trend.GetProperty("series").GetArrayLength().ShouldBe(4);
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
            var series = (await (await officer.GetAsync($"/api/v1/provinces/{p.Id}/kpis/trend?to=2025-12-31")).ReadAsync<JsonElement>())
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
    public async Task The_card_counts_the_facilities_operating_on_the_date_and_follows_corrections_and_retractions()
    {
        // The card's one statement counts its group in the database (issue 19): a station closed at the end of 2025 and one opened
        // in mid-2026 (with no social work) count only while they operate, in the card as in the province's figure.
        var p = await ArrangeAsync();
        var closing = await World.NewFacilityAsync(p.Id, FacilityType.CommuneHealthStation, "TYT 3", (UnitStatus.CollaboratorsOnly, new DateOnly(2019, 1, 1)));
        var opening = await World.NewFacilityAsync(p.Id, FacilityType.CommuneHealthStation, "TYT 4");
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Facilities.Where(f => f.Id == closing).ExecuteUpdateAsync(s => s.SetProperty(f => f.ClosedOn, new DateOnly(2025, 12, 31)));
            await db.Facilities.Where(f => f.Id == opening).ExecuteUpdateAsync(s => s.SetProperty(f => f.EstablishedOn, new DateOnly(2026, 6, 1)));
        }
        async Task<JsonElement> CardAsync(string email, Guid facility, string asOf)
        {
            using var client = await World.ClientForAsync(email);
            return await (await client.GetAsync($"/api/v1/facilities/{facility}/kpis?asOf={asOf}")).ReadAsync<JsonElement>();
        }
        async Task<string> AdminOfAsync(Guid facility)
        {
            var email = $"admin-{Guid.NewGuid():N}@test.vn";
            await World.NewUserAsync(email, UserRole.FacilityAdmin, facility, null);
            return email;
        }
        var station = await AdminOfAsync(p.Stations[0]);
        // 30/12/2025: TYT 1 and TYT 3 of TYT 1–3 (TYT 4 not yet open); 01/07/2026: TYT 1 of TYT 1, 2 and 4 (TYT 3 closed).
        foreach (var (asOf, numerator, denominator, share) in new[] { ("2025-12-30", 2, 3, 66.67m), ("2025-12-31", 1, 2, 50m), ("2026-07-01", 1, 3, 33.33m) })
        {
            var figure = Figure(await KpisAsync(p, asOf), "CommuneStationShare");
            figure.GetProperty("numerator").GetInt32().ShouldBe(numerator);
            figure.GetProperty("denominator").GetInt32().ShouldBe(denominator);
            figure.GetProperty("sharePercent").GetDecimal().ShouldBe(share);
            var card = await CardAsync(station, p.Stations[0], asOf);
            card.GetProperty("provinceSharePercent").GetDecimal().ShouldBe(share);
            card.GetProperty("unitStatus").GetString().ShouldBe("CollaboratorsOnly");
            card.GetProperty("countsTowardTarget").GetBoolean().ShouldBeTrue();
            // The province officer and the platform admin read the same card; an officer of another province does not find it.
            (await CardAsync(p.OfficerEmail, p.Stations[0], asOf)).GetProperty("provinceSharePercent").GetDecimal().ShouldBe(share);
            (await CardAsync(TestWorld.Platform, p.Stations[0], asOf)).GetProperty("provinceSharePercent").GetDecimal().ShouldBe(share);
        }
        using (var elsewhere = await World.ClientForAsync(TestWorld.Officer1))
        {
            await (await elsewhere.GetAsync($"/api/v1/facilities/{p.Stations[0]}/kpis")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        // Curative on 31/12/2025: BV 1 (department) and BV 3 (team) of four. BV 3's team corrected to collaborators: it stops counting,
        // in its own card and in the share. BV 1's department retracted: its team of 2018 is in force again, and still counts.
        var bv3 = await AdminOfAsync(p.Hospitals[2]);
        (await CardAsync(bv3, p.Hospitals[2], "2025-12-31")).GetProperty("provinceSharePercent").GetDecimal().ShouldBe(50m);
        using (var client = await World.ClientForAsync(bv3))
        {
            var entry = (await (await client.GetAsync($"/api/v1/facilities/{p.Hospitals[2]}")).ReadAsync<JsonElement>()).GetProperty("unitHistory")[0].GetProperty("id").GetGuid();
            (await client.PostJsonAsync($"/api/v1/facilities/{p.Hospitals[2]}/unit-history/{entry}/corrections",
                new { reason = "Chưa có quyết định thành lập tổ", retract = false, status = "CollaboratorsOnly", effectiveDate = "2021-07-01", headcount = 2 }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var corrected = await CardAsync(bv3, p.Hospitals[2], "2025-12-31");
        corrected.GetProperty("unitStatus").GetString().ShouldBe("CollaboratorsOnly");
        corrected.GetProperty("countsTowardTarget").GetBoolean().ShouldBeFalse();
        corrected.GetProperty("provinceSharePercent").GetDecimal().ShouldBe(25m);
        corrected.GetProperty("provinceState").GetString().ShouldBe("Behind");

        var bv1 = await AdminOfAsync(p.Hospitals[0]);
        using (var client = await World.ClientForAsync(bv1))
        {
            var department = (await (await client.GetAsync($"/api/v1/facilities/{p.Hospitals[0]}")).ReadAsync<JsonElement>()).GetProperty("unitHistory")
                .EnumerateArray().Single(h => h.GetProperty("status").GetString() == "Department").GetProperty("id").GetGuid();
            (await client.PostJsonAsync($"/api/v1/facilities/{p.Hospitals[0]}/unit-history/{department}/corrections",
                new { reason = "Nhập nhầm cơ sở", retract = true, status = "None", effectiveDate = "2022-01-01", headcount = 0 }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var retracted = await CardAsync(bv1, p.Hospitals[0], "2025-12-31");
        retracted.GetProperty("unitStatus").GetString().ShouldBe("Team");
        retracted.GetProperty("countsTowardTarget").GetBoolean().ShouldBeTrue();
        retracted.GetProperty("provinceSharePercent").GetDecimal().ShouldBe(25m);
        var curative = Figure(await KpisAsync(p, "2025-12-31"), "CurativeUnitShare");
        (curative.GetProperty("numerator").GetInt32(), curative.GetProperty("denominator").GetInt32()).ShouldBe((1, 4));
    }

    [Fact]
    public async Task The_figures_name_the_first_laggards_and_count_them_all_and_the_rest_page()
    {
        var p = await ArrangeAsync();
        using var client = await World.ClientForAsync(p.OfficerEmail);

        // 2025-06-30: eight of the ten preventive centres pull the share down.
        var capped = Figure(await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis?asOf=2025-06-30&laggardLimit=3")).ReadAsync<JsonElement>(), "PreventiveSocialWorkShare");
        capped.GetProperty("laggards").GetArrayLength().ShouldBe(3);
        capped.GetProperty("laggardCount").GetInt32().ShouldBe(8);
        Figure(await KpisAsync(p, "2025-06-30"), "PreventiveSocialWorkShare").GetProperty("laggardCount").GetInt32().ShouldBe(8);

        var page1 = await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/laggards?indicator=PreventiveSocialWorkShare&asOf=2025-06-30&page=1&pageSize=5")).ReadAsync<JsonElement>();
        var page2 = await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/laggards?indicator=PreventiveSocialWorkShare&asOf=2025-06-30&page=2&pageSize=5")).ReadAsync<JsonElement>();
        page1.GetProperty("totalCount").GetInt32().ShouldBe(8);
        page1.GetProperty("items").GetArrayLength().ShouldBe(5);
        page2.GetProperty("items").GetArrayLength().ShouldBe(3);
        var names = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray()).Select(l => l.GetProperty("name").GetString()!).ToList();
        names.Distinct().Count().ShouldBe(8);
        // The inline first few are the same facilities as the paged list's first rows.
        capped.GetProperty("laggards").EnumerateArray().Select(l => l.GetProperty("name").GetString()).ShouldBe(names.Take(3));

        var found = await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/laggards?indicator=CurativeUnitShare&asOf=2025-12-31&search=bv%204")).ReadAsync<JsonElement>();
        found.GetProperty("items").EnumerateArray().Single().GetProperty("facilityId").GetGuid().ShouldBe(p.Hospitals[3]);

        await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis?laggardLimit=201")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/laggards?indicator=CurativeUnitShare&pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/laggards?indicator=Nope")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Provincial_and_district_hospitals_with_a_unit_are_a_share_of_their_own_and_an_unclassified_province_has_none()
    {
        var p = await ArrangeAsync();
        // No hospital's level recorded yet: no facility in the group, not "0 % behind".
        var empty = Figure(await KpisAsync(p, "2025-12-31"), "ProvincialDistrictHospitalUnitShare");
        empty.GetProperty("denominator").GetInt32().ShouldBe(0);
        empty.GetProperty("state").GetString().ShouldBe("NoFacility");

        // BV 1 provincial (department since 2022), BV 2 district (collaborators only), BV 3 private, BV 4 not classified.
        using var platform = await World.ClientForAsync(TestWorld.Platform);
        async Task LevelAsync(Guid hospital, string type, string ownership, string level)
        {
            var version = (await platform.GetAsync<FacilityProfile>($"/api/v1/facilities/{hospital}")).Version;
            var saved = await platform.PutAsync<FacilityProfile>($"/api/v1/facilities/{hospital}", new FacilityEdit(version, "BV " + level, type, ownership, 100, level), HttpStatusCode.OK);
            saved.HospitalLevel.ShouldBe(level);
        }
        await LevelAsync(p.Hospitals[0], "PublicHospital", "Public", "Provincial");
        await LevelAsync(p.Hospitals[1], "PublicHospital", "Public", "District");
        await LevelAsync(p.Hospitals[2], "PrivateHospital", "Private", "Private");

        var figure = Figure(await KpisAsync(p, "2025-12-31"), "ProvincialDistrictHospitalUnitShare");
        figure.GetProperty("numerator").GetInt32().ShouldBe(1);
        figure.GetProperty("denominator").GetInt32().ShouldBe(2);
        figure.GetProperty("sharePercent").GetDecimal().ShouldBe(50m);
        figure.GetProperty("targetPercent").GetDecimal().ShouldBe(100m);
        figure.GetProperty("state").GetString().ShouldBe("Behind");
        figure.GetProperty("laggards").EnumerateArray().Single().GetProperty("facilityId").GetGuid().ShouldBe(p.Hospitals[1]);
        // Before the provincial hospital's department (2018: a team, which already counts) both counted the same way: 1 of 2.
        Figure(await KpisAsync(p, "2017-12-31"), "ProvincialDistrictHospitalUnitShare").GetProperty("numerator").GetInt32().ShouldBe(0);

        // A level on a preventive centre, or a public hospital called private, is refused and changes nothing.
        var centre = p.Preventive[5];
        var centreVersion = (await platform.GetAsync<FacilityProfile>($"/api/v1/facilities/{centre}")).Version;
        (await platform.PutJsonAsync($"/api/v1/facilities/{centre}", new FacilityEdit(centreVersion, "TTYT 6", "DistrictHealthCentre", "Public", 10, "District"))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors.ShouldContainKey("hospitalLevel");
        var bv4Version = (await platform.GetAsync<FacilityProfile>($"/api/v1/facilities/{p.Hospitals[3]}")).Version;
        (await platform.PutJsonAsync($"/api/v1/facilities/{p.Hospitals[3]}", new FacilityEdit(bv4Version, "BV 4", "PublicHospital", "Public", 10, "Private"))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors.ShouldContainKey("hospitalLevel");
        var unchanged = await platform.GetAsync<FacilityProfile>($"/api/v1/facilities/{centre}");
        unchanged.HospitalLevel.ShouldBeNull();
        unchanged.Version.ShouldBe(centreVersion);
    }

    [Fact]
    public async Task The_trend_reaches_today_and_gives_each_indicator_its_own_target_line()
    {
        var p = await ArrangeAsync();
        using var client = await World.ClientForAsync(p.OfficerEmail);
        var trend = await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/trend")).ReadAsync<JsonElement>();
        var today = (await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis")).ReadAsync<JsonElement>()).GetProperty("asOf").GetString();
        var series = trend.GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("indicator").GetString()!);
        series.Count.ShouldBe(4);
        // No snapshot was ever stored for this province: today's point is computed live.
        var point = series["PreventiveSocialWorkShare"].GetProperty("points").EnumerateArray().Single();
        point.GetProperty("asOf").GetString().ShouldBe(today);
        point.GetProperty("live").GetBoolean().ShouldBeTrue();
        point.GetProperty("denominator").GetInt32().ShouldBe(10);

        decimal TargetIn(string indicator, int year) => series[indicator].GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("year").GetInt32() == year).GetProperty("targetPercent").GetDecimal();
        TargetIn("PreventiveSocialWorkShare", 2027).ShouldBe(42m);
        TargetIn("CurativeUnitShare", 2027).ShouldBe(100m);
        series["CommuneStationShare"].GetProperty("targets").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_map_lists_every_official_commune_with_its_facilities_their_status_and_kpi_standing()
    {
        var p = await ArrangeAsync();
        // Thanh Hóa's official code; BV 1 (a department) and TYT 2 (no social work) in Phường Hàm Rồng, TYT 1 in Phường Hạc Thành, the rest unplaced.
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Provinces.IgnoreQueryFilters().Where(x => x.Id == p.Id).ExecuteUpdateAsync(x => x.SetProperty(v => v.PlaceCode, "38"));
            await db.Facilities.IgnoreQueryFilters().Where(f => f.Id == p.Hospitals[0] || f.Id == p.Stations[1])
                .ExecuteUpdateAsync(x => x.SetProperty(f => f.CommuneCode, "14758"));
            await db.Facilities.IgnoreQueryFilters().Where(f => f.Id == p.Stations[0]).ExecuteUpdateAsync(x => x.SetProperty(f => f.CommuneCode, "14797"));
        }
        using var client = await World.ClientForAsync(p.OfficerEmail);
        var map = await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/map?asOf=2025-12-31")).ReadAsync<JsonElement>();

        map.GetProperty("facilityCount").GetInt32().ShouldBe(16);
        var communes = map.GetProperty("communes").EnumerateArray().ToList();
        communes.Count(c => c.GetProperty("code").ValueKind == JsonValueKind.String).ShouldBe(166); // Thanh Hóa's 166 communes and wards
        var hamRong = communes.Single(c => c.GetProperty("code").GetString() == "14758");
        hamRong.GetProperty("name").GetString().ShouldBe("Phường Hàm Rồng");
        var there = hamRong.GetProperty("facilities").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetGuid());
        there.Keys.ShouldBe([p.Hospitals[0], p.Stations[1]], ignoreOrder: true);
        there[p.Hospitals[0]].GetProperty("unitStatus").GetString().ShouldBe("Department");
        there[p.Hospitals[0]].GetProperty("countsTowardTarget").GetBoolean().ShouldBeTrue();
        there[p.Stations[1]].GetProperty("countsTowardTarget").GetBoolean().ShouldBeFalse();
        communes.Single(c => c.GetProperty("code").GetString() == "14797").GetProperty("facilities").EnumerateArray().Single()
            .GetProperty("group").GetString().ShouldBe("CommuneStation");
        // The other thirteen have no commune recorded: they still show, in a last group without a code.
        communes[^1].GetProperty("code").ValueKind.ShouldBe(JsonValueKind.Null);
        communes[^1].GetProperty("facilities").GetArrayLength().ShouldBe(13);
        // Communes in Vietnamese order.
        var names = communes.SkipLast(1).Select(c => c.GetProperty("name").GetString()!).ToList();
        names.ShouldBe(names.OrderBy(n => n, SocialWorkCloud.Domain.Text.VietnameseCollation.Comparer).ToList());

        await (await client.GetAsync($"/api/v1/provinces/{p.Id}/kpis/map?asOf=1999-12-31")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_station_declaring_no_social_work_with_staff_and_activities_is_hinted_to_it_and_the_province_and_nothing_changes()
    {
        var p = await ArrangeAsync();
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(admin, UserRole.FacilityAdmin, p.Stations[1], null);
        using var station = await World.ClientForAsync(admin);
        using var officer = await World.ClientForAsync(p.OfficerEmail);
        var today = VietnamToday();
        async Task<JsonElement?> OwnHint()
        {
            var hint = (await (await station.GetAsync($"/api/v1/facilities/{p.Stations[1]}/kpis/status-hint")).ReadAsync<JsonElement>()).GetProperty("hint");
            return hint.ValueKind == JsonValueKind.Null ? null : hint;
        }
        async Task<JsonElement> ProvinceHints() => await (await officer.GetAsync($"/api/v1/provinces/{p.Id}/kpis/status-hints")).ReadAsync<JsonElement>();

        // Staff alone, or activities alone, contradict nothing.
        (await OwnHint()).ShouldBeNull();
        (await station.PostJsonAsync("/api/v1/workforce/staff", new
        {
            fullName = "Lê Thị Trạm", role = "PartTime", employmentType = "Permanent", qualificationLevel = "Bachelor", qualificationMajor = "SocialWork", joinedOn = "2024-01-01",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await OwnHint()).ShouldBeNull();

        (await station.PostJsonAsync("/api/v1/communication/items", new { channel = "Loudspeaker", title = "Phát thanh về CTXH", date = today.AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), audienceReached = 300 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var hint = (await OwnHint()).ShouldNotBeNull();
        hint.GetProperty("kind").GetString().ShouldBe("RecordsShowSocialWork");
        hint.GetProperty("declaredStatus").GetString().ShouldBe("None");
        hint.GetProperty("activeStaff").GetInt32().ShouldBe(1);
        hint.GetProperty("activitiesLastYear").GetInt32().ShouldBe(1);

        var listed = await ProvinceHints();
        listed.GetProperty("totalCount").GetInt32().ShouldBe(1);
        listed.GetProperty("items")[0].GetProperty("facilityId").GetGuid().ShouldBe(p.Stations[1]);

        // A hint, not a change: the KPI still counts the declared status.
        var stations = Figure(await (await officer.GetAsync($"/api/v1/provinces/{p.Id}/kpis")).ReadAsync<JsonElement>(), "CommuneStationShare");
        stations.GetProperty("numerator").GetInt32().ShouldBe(1);

        // Once the station declares its collaborators, the hint goes.
        (await station.PostJsonAsync($"/api/v1/facilities/{p.Stations[1]}/unit-history",
            new { status = "CollaboratorsOnly", effectiveDate = today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), headcount = 1, note = "Khai báo bổ sung" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await OwnHint()).ShouldBeNull();
        (await ProvinceHints()).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    private static DateOnly VietnamToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [Fact]
    public async Task A_facility_user_cannot_read_province_kpis()
    {
        using var client = await World.ClientForAsync(TestWorld.AdminA);
        await (await client.GetAsync($"/api/v1/provinces/{World.Province1}/kpis")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class ProvinceKpisOnPostgres(SharedPostgres api) : ProvinceKpiTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ProvinceKpisOnSqlite(SharedSqlite api) : ProvinceKpiTests(api.Factory), IClassFixture<SharedSqlite>;
