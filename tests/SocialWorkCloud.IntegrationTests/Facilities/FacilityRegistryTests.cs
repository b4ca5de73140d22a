using System.Net;
using System.Net.Http.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Facilities;

/// <summary>The facility registry, written with the typed test client (<see cref="TypedClient"/>): the pattern for new tests.</summary>
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
            var page = await client.GetAsync<Page<FacilityItem>>($"/api/v1/facilities?provinceId={province}&search={Uri.EscapeDataString(query)}");
            page.Items.Select(i => i.Id).ShouldBe([target], query);
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

        var curativeTeams = await client.GetAsync<Page<FacilityItem>>($"/api/v1/facilities?provinceId={province}&group=Curative&unitStatus=Team");
        curativeTeams.Items.Single().Id.ShouldBe(team);
        curativeTeams.Items[0].UnitStatusSince.ShouldBe(new DateOnly(2020, 1, 1));

        var page2 = await client.GetAsync<Page<FacilityItem>>($"/api/v1/facilities?provinceId={province}&type=CommuneHealthStation&page=2&pageSize=2");
        page2.TotalCount.ShouldBe(5);
        page2.TotalPages.ShouldBe(3);
        page2.Items.Select(i => i.Name).ShouldBe(["TYT 2", "TYT 3"]);

        await client.GetAsync("/api/v1/facilities?unitStatus=Bogus").ProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync("/api/v1/facilities?pageSize=100000").ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_province_officer_sees_only_the_province_and_a_facility_user_only_the_facility()
    {
        using var officer = await World.ClientForAsync(TestWorld.Officer1);
        var seen = await officer.GetAsync<Page<FacilityItem>>("/api/v1/facilities?pageSize=200");
        seen.Items.ShouldAllBe(i => i.ProvinceId == World.Province1);
        seen.Items.Select(i => i.Id).ShouldContain(World.CdcA);

        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var own = await worker.GetAsync<Page<FacilityItem>>("/api/v1/facilities");
        own.Items.Select(i => i.Id).ShouldBe([World.HospitalA]);
    }

    [Fact]
    public async Task Platform_admin_registers_a_facility_with_its_unit_and_duplicates_conflict()
    {
        using var client = await World.ClientForAsync(TestWorld.Platform);
        var code = "BV-" + Guid.NewGuid().ToString("N")[..6];
        var body = new NewFacility(World.Province1, code, "Bệnh viện Đa khoa khu vực Ngọc Lặc", "PublicHospital", "Public", 420,
            new NewUnit("Team", new DateOnly(2019, 9, 1), "QĐ 77/QĐ-SYT", "Trần Văn Bình", 4));
        using var created = await client.PostAsJsonAsync("/api/v1/facilities", body, TestWorld.Json);
        var summary = await created.ReadAsync<FacilityItem>(HttpStatusCode.Created);
        summary.UnitStatus.ShouldBe("Team");
        summary.Code.ShouldBe(code.ToUpperInvariant());

        var profile = await client.GetAsync<FacilityProfile>(created.Headers.Location!.ToString());
        profile.UnitHistory.Single().DecisionNumber.ShouldBe("QĐ 77/QĐ-SYT");

        await client.PostJsonAsync("/api/v1/facilities", body).ProblemAsync(HttpStatusCode.Conflict);
        await client.PostJsonAsync("/api/v1/facilities", body with { ProvinceId = Guid.NewGuid() }).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stale_update_is_a_409_and_changes_nothing()
    {
        var facility = await World.NewFacilityAsync(World.Province1, FacilityType.DistrictHealthCentre, "TTYT Cũ");
        using var client = await World.ClientForAsync(TestWorld.Platform);
        var version = (await client.GetAsync<FacilityProfile>($"/api/v1/facilities/{facility}")).Version;
        FacilityEdit Edit(string name) => new(version, name, "DistrictHealthCentre", "Public", 90);

        var updated = await client.PutAsync<FacilityProfile>($"/api/v1/facilities/{facility}", Edit("TTYT Mới"), HttpStatusCode.OK);
        updated.Name.ShouldBe("TTYT Mới");
        updated.Version.ShouldNotBe(version);

        await client.PutJsonAsync($"/api/v1/facilities/{facility}", Edit("Ghi đè")).ProblemAsync(HttpStatusCode.Conflict);
        (await client.GetAsync<FacilityProfile>($"/api/v1/facilities/{facility}")).Name.ShouldBe("TTYT Mới");
    }

    [Fact]
    public async Task Only_the_facility_admin_records_the_unit_history()
    {
        var body = new NewUnit("Department", new DateOnly(2025, 3, 23), "QĐ 512/QĐ-BV", "Lê Văn Minh", 7);
        using var officer = await World.ClientForAsync(TestWorld.Officer1);
        await officer.PostJsonAsync($"/api/v1/facilities/{World.HospitalA}/unit-history", body).ProblemAsync(HttpStatusCode.Forbidden);
        using var worker = await World.ClientForAsync(TestWorld.WorkerAEmail);
        await worker.PostJsonAsync($"/api/v1/facilities/{World.HospitalA}/unit-history", body).ProblemAsync(HttpStatusCode.Forbidden);

        var facility = await World.NewFacilityAsync(World.Province1, FacilityType.PublicHospital, "BV Lịch sử", (UnitStatus.Team, new DateOnly(2017, 6, 1)));
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(admin, UserRole.FacilityAdmin, facility, null);
        using var client = await World.ClientForAsync(admin);
        var recorded = await client.PostAsync<NewUnit, UnitHistoryEntry>($"/api/v1/facilities/{facility}/unit-history", body, HttpStatusCode.Created);
        recorded.RecordedByName.ShouldBe(admin);
        // A second entry effective the same day must be a correction instead.
        await client.PostJsonAsync($"/api/v1/facilities/{facility}/unit-history", body).ProblemAsync(HttpStatusCode.Conflict);

        var profile = await client.GetAsync<FacilityProfile>($"/api/v1/facilities/{facility}");
        profile.CurrentUnitStatus.ShouldBe("Department");
        profile.UnitHistory.Count.ShouldBe(2);
        // Who recorded each entry, by name; the seeded entry has nobody.
        profile.UnitHistory.Select(e => e.RecordedByName).ShouldBe([null, admin]);
    }
}

public sealed class FacilityRegistryOnPostgres(SharedPostgres api) : FacilityRegistryTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class FacilityRegistryOnSqlite(SharedSqlite api) : FacilityRegistryTests(api.Factory), IClassFixture<SharedSqlite>;
