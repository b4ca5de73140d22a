using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using Case = SocialWorkCloud.Domain.Cases.Case;
using Ind = SocialWorkCloud.Domain.Targets.IndicatorCatalogue;

namespace SocialWorkCloud.IntegrationTests.Targets;

/// <summary>
/// The ward plan's shares (003) as of 30/06/2026 for a station S: children in special circumstances supported of those the
/// station counted in its area, and people in hardship counselled against the previous year's share.
/// Records of S: children C1 (orphan, case from 01/02/2026) and C2 (severely disabled, case from 01/03/2026) supported;
/// C3 (abandoned) has no case. People in hardship: D1 counselled 01/03/2026; D2 counselled 01/05/2025 only; D3 counselled
/// 01/06/2025 and 01/04/2026. This year D1, D3 (2); last year D2, D3 (2).
/// </summary>
public abstract class AreaShareTests(ApiFactory factory)
{
    private const string AsOf = "2026-06-30";

    private sealed record Ward(Guid Province, Guid Station, HttpClient Head, HttpClient Officer, HttpClient HospitalHead);

    private async Task<Ward> ArrangeAsync()
    {
        var world = factory.World;
        var province = await world.NewProvinceAsync("Tỉnh Địa Bàn " + Guid.NewGuid().ToString("N")[..6]);
        var station = await world.NewFacilityAsync(province, FacilityType.CommuneHealthStation, "Trạm Y tế phường Bạch Đằng", (UnitStatus.CollaboratorsOnly, new DateOnly(2024, 1, 1)));
        var hospital = await world.NewFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện Địa Bàn");
        string head = $"head-{Guid.NewGuid():N}@test.vn", officer = $"officer-{Guid.NewGuid():N}@test.vn", hospitalHead = $"head-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(head, UserRole.FacilityAdmin, station, null);
        await world.NewUserAsync(officer, UserRole.ProvinceOfficer, null, province);
        await world.NewUserAsync(hospitalHead, UserRole.FacilityAdmin, hospital, null);

        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(station);
            var now = DateTimeOffset.UtcNow;
            var worker = Guid.NewGuid();
            Client Person(string name, Vulnerability v) => new(name) { Id = Guid.NewGuid(), Vulnerabilities = v, CreatedAt = now };
            var c1 = Person("C1", Vulnerability.ChildOrphaned);
            var c2 = Person("C2", Vulnerability.ChildSeverelyDisabled);
            var c3 = Person("C3", Vulnerability.ChildAbandoned);
            var d1 = Person("D1", Vulnerability.Hardship);
            var d2 = Person("D2", Vulnerability.Hardship | Vulnerability.Elderly);
            var d3 = Person("D3", Vulnerability.Hardship);
            db.Clients.AddRange(c1, c2, c3, d1, d2, d3);
            Case Open(Client c, DateOnly on) => Case.Open(c.Id, worker, CasePriority.Normal, RiskLevel.Low, false, IntakeSource.Self, "Cần hỗ trợ", UrgentNeed.None, on, null, now);
            db.Cases.AddRange(Open(c1, new DateOnly(2026, 2, 1)), Open(c2, new DateOnly(2026, 3, 1)));
            CounsellingSession Session(Client c, DateOnly on) => new() { Id = Guid.NewGuid(), ClientId = c.Id, HeldOn = on, DurationMinutes = 30, Topic = "Khó khăn", CounsellorId = worker, RecordedAt = now };
            db.CounsellingSessions.AddRange(Session(d1, new DateOnly(2026, 3, 1)), Session(d2, new DateOnly(2025, 5, 1)),
                Session(d3, new DateOnly(2025, 6, 1)), Session(d3, new DateOnly(2026, 4, 1)));
            await db.SaveChangesAsync();
        }
        return new Ward(province, station, await world.ClientForAsync(head), await world.ClientForAsync(officer), await world.ClientForAsync(hospitalHead));
    }

    private static async Task<(JsonElement Station, Dictionary<string, JsonElement> Totals)> ProgressAsync(Ward w)
    {
        var progress = await (await w.Officer.GetAsync($"/api/v1/provinces/{w.Province}/progress?asOf={AsOf}")).ReadAsync<JsonElement>();
        var row = progress.GetProperty("facilities").EnumerateArray().Single(r => r.GetProperty("facilityId").GetGuid() == w.Station);
        return (row, progress.GetProperty("totals").EnumerateArray().ToDictionary(c => c.GetProperty("indicatorCode").GetString()!));
    }

    private static JsonElement Cell(JsonElement row, string code) =>
        row.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("indicatorCode").GetString() == code);

    private static decimal? Number(JsonElement cell, string property) =>
        cell.GetProperty(property) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    private static async Task<JsonElement> SaveAsync(Ward w, int year, int children, int? hardship, Guid? version, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await w.Head.PutAsJsonAsync("/api/v1/area-screening",
            new { year, childrenInSpecialCircumstances = children, peopleInHardship = hardship, version }, TestWorld.Json);
        return expected == HttpStatusCode.OK ? await response.ReadAsync<JsonElement>() : await response.ShouldBeProblemAsync(expected);
    }

    [Fact]
    public async Task The_children_share_is_of_the_children_the_station_counted_and_unknown_until_it_declares()
    {
        var w = await ArrangeAsync();
        var (station, _) = await ProgressAsync(w);
        // Nothing declared: no denominator, so no share (not 0 %, not 100 %); the count stays as it was.
        Number(Cell(station, Ind.ChildrenSupportedShare), "actual").ShouldBeNull();
        Cell(station, Ind.ChildrenSupportedShare).GetProperty("state").GetString().ShouldBe("NoData");
        Number(Cell(station, Ind.ChildrenSupported), "actual").ShouldBe(2m);

        var empty = await (await w.Head.GetAsync("/api/v1/area-screening?year=2026")).ReadAsync<JsonElement>();
        empty.GetProperty("version").ValueKind.ShouldBe(JsonValueKind.Null);
        var saved = await SaveAsync(w, 2026, 3, null, null);
        saved.GetProperty("childrenInSpecialCircumstances").GetInt32().ShouldBe(3);

        (station, var totals) = await ProgressAsync(w);
        var share = Cell(station, Ind.ChildrenSupportedShare);
        Number(share, "actual").ShouldBe(66.7m);      // 2 / 3, half away from zero to one decimal
        Number(share, "numerator").ShouldBe(2m);
        Number(share, "denominator").ShouldBe(3m);
        Number(share, "target").ShouldBe(100m);
        share.GetProperty("state").GetString().ShouldBe("Behind");
        Number(totals[Ind.ChildrenSupportedShare], "actual").ShouldBe(66.7m);

        // A station that counted fewer children than it supports: every child it supports was in its area, so 2 / 2.
        var version = saved.GetProperty("version").GetGuid();
        saved = await SaveAsync(w, 2026, 1, null, version);
        (station, _) = await ProgressAsync(w);
        Number(Cell(station, Ind.ChildrenSupportedShare), "actual").ShouldBe(100m);
        Cell(station, Ind.ChildrenSupportedShare).GetProperty("state").GetString().ShouldBe("Met");

        // A stale correction, a second first declaration, bad numbers and a hospital declaring are refused; nothing changes.
        await SaveAsync(w, 2026, 9, null, version, HttpStatusCode.Conflict);
        await SaveAsync(w, 2026, 9, null, null, HttpStatusCode.Conflict);
        (await SaveAsync(w, 2026, -1, null, saved.GetProperty("version").GetGuid(), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("childrenInSpecialCircumstances", out _).ShouldBeTrue();
        using (var hospital = await w.HospitalHead.PutAsJsonAsync("/api/v1/area-screening", new { year = 2026, childrenInSpecialCircumstances = 5 }, TestWorld.Json))
        {
            (await hospital.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString().ShouldBe("area-screening-station-only");
        }
        (await (await w.Head.GetAsync("/api/v1/area-screening?year=2026")).ReadAsync<JsonElement>())
            .GetProperty("childrenInSpecialCircumstances").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_hardship_share_rises_year_on_year_with_last_years_share_beside_it()
    {
        var w = await ArrangeAsync();
        await SaveAsync(w, 2025, 0, 10, null);       // last year: D2, D3 of 10 = 20 %
        var thisYear = await SaveAsync(w, 2026, 0, 8, null);  // this year: D1, D3 of 8 = 25 %

        var (station, totals) = await ProgressAsync(w);
        var cell = Cell(station, Ind.HardshipCounselledShare);
        Number(cell, "actual").ShouldBe(25m);
        Number(cell, "previousYear").ShouldBe(20m);
        Number(cell, "target").ShouldBe(20m);
        cell.GetProperty("targetSource").GetString().ShouldBe("PreviousYear");
        cell.GetProperty("state").GetString().ShouldBe("Met");
        Number(totals[Ind.HardshipCounselledShare], "previousYear").ShouldBe(20m);
        totals[Ind.HardshipCounselledShare].GetProperty("state").GetString().ShouldBe("Met");

        // 2 of 10 this year is the same 20 %: it has not risen.
        await SaveAsync(w, 2026, 0, 10, thisYear.GetProperty("version").GetGuid());
        (station, _) = await ProgressAsync(w);
        cell = Cell(station, Ind.HardshipCounselledShare);
        Number(cell, "actual").ShouldBe(20m);
        cell.GetProperty("state").GetString().ShouldBe("Behind");
    }
}

[Collection(PostgresCollection.Name)]
public sealed class AreaSharesOnPostgres(PostgresApiFactory factory) : AreaShareTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class AreaSharesOnSqlite(SqliteApiFactory factory) : AreaShareTests(factory);
