using System.Net;
using System.Text.Json;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Facilities;

/// <summary>Two people correcting the same entry at once: the database lets exactly one win, the others get 409.</summary>
public abstract class ConcurrentCorrectionTests(ApiFactory factory)
{
    [Fact]
    public async Task Simultaneous_corrections_of_one_entry_leave_exactly_one()
    {
        var world = factory.World;
        var facility = await world.NewFacilityAsync(world.Province1, FacilityType.PublicHospital, "BV Đồng thời", (UnitStatus.Team, new DateOnly(2019, 4, 1)));
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(admin, UserRole.FacilityAdmin, facility, null);
        using var reader = await world.ClientForAsync(admin);
        var entry = (await (await reader.GetAsync($"/api/v1/facilities/{facility}")).ReadAsync<JsonElement>())
            .GetProperty("unitHistory")[0].GetProperty("id").GetGuid();

        var attempts = Enumerable.Range(0, 6).Select(async i =>
        {
            using var client = await world.ClientForAsync(admin);
            return await client.PostJsonAsync($"/api/v1/facilities/{facility}/unit-history/{entry}/corrections",
                new { reason = $"sửa lần {i}", retract = false, status = "Team", effectiveDate = $"2019-04-0{i + 2}", decisionNumber = "QĐ 5", headcount = i });
        }).ToList();
        var responses = await Task.WhenAll(attempts);

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
        var history = (await (await reader.GetAsync($"/api/v1/facilities/{facility}")).ReadAsync<JsonElement>()).GetProperty("unitHistory");
        history.GetArrayLength().ShouldBe(2);
    }
}

public sealed class ConcurrentCorrectionOnPostgres(SharedPostgres api) : ConcurrentCorrectionTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ConcurrentCorrectionOnSqlite(SharedSqlite api) : ConcurrentCorrectionTests(api.Factory), IClassFixture<SharedSqlite>;
