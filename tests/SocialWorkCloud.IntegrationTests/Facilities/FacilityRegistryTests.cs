using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Facilities;

public abstract class FacilityRegistryTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task Name_search_ignores_diacritics_and_case()
    {
        var province = await World.NewProvinceAsync("Tỉnh Tìm Kiếm");
        var target = await World.NewFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện Đa khoa Thanh Hóa");
        await World.NewFacilityAsync(province, FacilityType.PublicHospital, "Bệnh viện Nhi Nghệ An");
        using var client = await World.ClientForAsync(TestWorld.Platform);

        foreach (var query in new[] { "Thanh Hoa", "thanh hóa", "THANH HOA", "đa khoa thanh" })
        {
            var page = await (await client.GetAsync($"/api/v1/facilities?provinceId={province}&search={Uri.EscapeDataString(query)}")).ReadAsync<JsonElement>();
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([target], query);
        }
    }

    [Fact]
    public async Task Filters_by_group_and_current_unit_status_and_pages()
    {
        var province = await World.NewProvinceAsync("Tỉnh Lọc");
        var team = await World.NewFacilityAsync(province, FacilityType.PublicHospital, "BV A", (UnitStatus.Team, new DateOnly(2020, 1, 1)));
        await World.NewFacilityAsync(province, FacilityType.PrivateHospital, "BV B");
        await World.NewFacilityAsync(province, FacilityType.DistrictHealthCentre, "TTYT C", (UnitStatus.Team, new DateOnly(2021, 1, 1)));
        for (var i = 0; i < 5; i++) await World.NewFacilityAsync(province, FacilityType.CommuneHealthStation, $"TYT {i}");
        using var client = await World.ClientForAsync(TestWorld.Platform);

        var curativeTeams = await (await client.GetAsync($"/api/v1/facilities?provinceId={province}&group=Curative&unitStatus=Team")).ReadAsync<JsonElement>();
        curativeTeams.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(team);
        curativeTeams.GetProperty("items")[0].GetProperty("unitStatusSince").GetString().ShouldBe("2020-01-01");

        var page2 = await (await client.GetAsync($"/api/v1/facilities?provinceId={province}&type=CommuneHealthStation&page=2&pageSize=2")).ReadAsync<JsonElement>();
        page2.GetProperty("totalCount").GetInt32().ShouldBe(5);
        page2.GetProperty("totalPages").GetInt32().ShouldBe(3);
        page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ShouldBe(["TYT 2", "TYT 3"]);

        await (await client.GetAsync("/api/v1/facilities?unitStatus=Bogus")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/facilities?pageSize=100000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_province_officer_sees_only_the_province_and_a_facility_user_only_the_facility()
    {
        using var officer = await World.ClientForAsync(TestWorld.Officer1);
        var seen = await (await officer.GetAsync("/api/v1/facilities?pageSize=200")).ReadAsync<JsonElement>();
        seen.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("provinceId").GetGuid() == World.Province1);
        seen.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(World.CdcA);

        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var own = await (await worker.GetAsync("/api/v1/facilities")).ReadAsync<JsonElement>();
        own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([World.HospitalA]);
    }

    [Fact]
    public async Task Platform_admin_registers_a_facility_with_its_unit_and_duplicates_conflict()
    {
        using var client = await World.ClientForAsync(TestWorld.Platform);
        var code = "BV-" + Guid.NewGuid().ToString("N")[..6];
        var body = new
        {
            provinceId = World.Province1, code, name = "Bệnh viện Đa khoa khu vực Ngọc Lặc", type = "PublicHospital", ownership = "Public",
            medicalStaffCount = 420, initialUnit = new { status = "Team", effectiveDate = "2019-09-01", decisionNumber = "QĐ 77/QĐ-SYT", headName = "Trần Văn Bình", headcount = 4 },
        };
        var created = await client.PostJsonAsync("/api/v1/facilities", body);
        var summary = await created.ReadAsync<JsonElement>(HttpStatusCode.Created);
        summary.GetProperty("unitStatus").GetString().ShouldBe("Team");
        summary.GetProperty("code").GetString().ShouldBe(code.ToUpperInvariant());

        var profile = await (await client.GetAsync(created.Headers.Location)).ReadAsync<JsonElement>();
        profile.GetProperty("unitHistory").EnumerateArray().Single().GetProperty("decisionNumber").GetString().ShouldBe("QĐ 77/QĐ-SYT");

        await (await client.PostJsonAsync("/api/v1/facilities", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostJsonAsync("/api/v1/facilities", body with { provinceId = Guid.NewGuid() })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stale_update_is_a_409_and_changes_nothing()
    {
        var facility = await World.NewFacilityAsync(World.Province1, FacilityType.DistrictHealthCentre, "TTYT Cũ");
        using var client = await World.ClientForAsync(TestWorld.Platform);
        var profile = await (await client.GetAsync($"/api/v1/facilities/{facility}")).ReadAsync<JsonElement>();
        var version = profile.GetProperty("version").GetGuid();
        object Edit(string name) => new { version, name, type = "DistrictHealthCentre", ownership = "Public", medicalStaffCount = 90 };

        var updated = await (await client.PutJsonAsync($"/api/v1/facilities/{facility}", Edit("TTYT Mới"))).ReadAsync<JsonElement>();
        updated.GetProperty("name").GetString().ShouldBe("TTYT Mới");
        updated.GetProperty("version").GetGuid().ShouldNotBe(version);

        await (await client.PutJsonAsync($"/api/v1/facilities/{facility}", Edit("Ghi đè"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await client.GetAsync($"/api/v1/facilities/{facility}")).ReadAsync<JsonElement>()).GetProperty("name").GetString().ShouldBe("TTYT Mới");
    }

    [Fact]
    public async Task Only_the_facility_admin_records_the_unit_history()
    {
        var body = new { status = "Department", effectiveDate = "2025-03-23", decisionNumber = "QĐ 512/QĐ-BV", headName = "Lê Văn Minh", headcount = 7 };
        using var officer = await World.ClientForAsync(TestWorld.Officer1);
        await (await officer.PostJsonAsync($"/api/v1/facilities/{World.HospitalA}/unit-history", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        await (await worker.PostJsonAsync($"/api/v1/facilities/{World.HospitalA}/unit-history", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var facility = await World.NewFacilityAsync(World.Province1, FacilityType.PublicHospital, "BV Lịch sử", (UnitStatus.Team, new DateOnly(2017, 6, 1)));
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(admin, UserRole.FacilityAdmin, facility, null);
        using var client = await World.ClientForAsync(admin);
        var recorded = await (await client.PostJsonAsync($"/api/v1/facilities/{facility}/unit-history", body)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        recorded.GetProperty("recordedByName").GetString().ShouldBe(admin);
        // A second entry effective the same day must be a correction instead.
        await (await client.PostJsonAsync($"/api/v1/facilities/{facility}/unit-history", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var profile = await (await client.GetAsync($"/api/v1/facilities/{facility}")).ReadAsync<JsonElement>();
        profile.GetProperty("currentUnitStatus").GetString().ShouldBe("Department");
        var history = profile.GetProperty("unitHistory").EnumerateArray().ToList();
        history.Count.ShouldBe(2);
        // Who recorded each entry, by name; the seeded entry has nobody.
        history.Select(e => e.GetProperty("recordedByName").ValueKind == JsonValueKind.Null ? null : e.GetProperty("recordedByName").GetString())
            .ShouldBe([null, admin]);
    }
}

public sealed class FacilityRegistryOnPostgres(SharedPostgres api) : FacilityRegistryTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class FacilityRegistryOnSqlite(SharedSqlite api) : FacilityRegistryTests(api.Factory), IClassFixture<SharedSqlite>;
