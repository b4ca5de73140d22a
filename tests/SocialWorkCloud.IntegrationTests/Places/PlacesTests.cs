using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Features.Places;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Places;

/// <summary>The official place names of the 2025 reform: synced at start, read without accents, and used by addresses.</summary>
public abstract class PlacesTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task The_34_provinces_and_3321_communes_are_loaded_with_the_statistics_office_codes()
    {
        using var client = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var provinces = await client.GetAsync<List<PlaceProvinceDto>>("/api/v1/places/provinces");
        provinces.Count.ShouldBe(34);
        provinces.ShouldContain(p => p.Code == "38" && p.Name == "Tỉnh Thanh Hóa");
        provinces.ShouldContain(p => p.Code == "01" && p.Name == "Thành phố Hà Nội");

        var thanhHoa = await client.GetAsync<List<PlaceCommuneDto>>("/api/v1/places/communes?province=38");
        thanhHoa.Count.ShouldBe(166);
        thanhHoa.ShouldAllBe(c => c.ProvinceCode == "38" && c.Code.Length == 5);
        PlaceCatalogue.Rows.Count.ShouldBe(3321);
    }

    [Fact]
    public async Task Communes_are_found_typed_without_accents()
    {
        using var client = await World.ClientForAsync(TestWorld.AdminA);
        foreach (var query in new[] { "ham rong", "Hàm Rồng", "HAM RONG", "14758" })
        {
            var found = await client.GetAsync<List<PlaceCommuneDto>>($"/api/v1/places/communes?province=38&search={Uri.EscapeDataString(query)}");
            found.Select(c => c.Name).ShouldBe(["Phường Hàm Rồng"], query);
            found[0].Code.ShouldBe("14758");
        }
        (await client.GetAsync<List<PlaceCommuneDto>>("/api/v1/places/communes?province=38&search=khong%20co%20xa%20nay")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_sync_is_idempotent()
    {
        await using var scope = World.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Application.Persistence.AppDbContext>();
        await PlaceCatalogue.SyncAsync(db, CancellationToken.None);
        (await db.PlaceCommunes.CountAsync()).ShouldBe(3321);
        (await db.PlaceProvinces.CountAsync()).ShouldBe(34);
        db.ChangeTracker.HasChanges().ShouldBeFalse();
    }

    [Fact]
    public async Task A_facility_address_takes_a_commune_code_and_refuses_an_unknown_one()
    {
        using var platform = await World.ClientForAsync(TestWorld.Platform);
        var code = "PL-" + Guid.NewGuid().ToString("N")[..6];
        var body = new
        {
            provinceId = World.Province1, code, name = "Trạm Y tế phường Hàm Rồng", type = nameof(FacilityType.CommuneHealthStation),
            ownership = nameof(Ownership.Public), medicalStaffCount = 6, addressDetail = "Số 5 đường Nguyễn Trãi", communeCode = "14758",
        };
        var created = await platform.PostAsync<Created>("/api/v1/facilities", body, HttpStatusCode.Created);
        var profile = await platform.GetAsync<PlacedFacility>($"/api/v1/facilities/{created.Id}");
        profile.CommuneCode.ShouldBe("14758");
        profile.CommuneWard.ShouldBe("Phường Hàm Rồng");
        profile.AddressDetail.ShouldBe("Số 5 đường Nguyễn Trãi");

        var problem = await platform.PostJsonAsync("/api/v1/facilities", body with { code = code + "X", communeCode = "99999" })
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Code.ShouldBe("commune-unknown");
    }

    private sealed record PlacedFacility(Guid Id, string? CommuneCode, string? CommuneWard, string? AddressDetail);
}

public sealed class PlacesOnPostgres(SharedPostgres api) : PlacesTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class PlacesOnSqlite(SharedSqlite api) : PlacesTests(api.Factory), IClassFixture<SharedSqlite>;
