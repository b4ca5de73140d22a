using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Notifications;

/// <summary>
/// Issue 18: when a facility's records contradict its declared unit status, its unit head and the province's officers get a
/// hint in their inbox — once per contradiction, not every night — and the status itself is not changed.
/// </summary>
public abstract class StatusHintNotificationTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task A_contradiction_reaches_the_facility_admin_and_the_province_once_and_changes_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var province = await World.NewProvinceAsync("Tỉnh Gợi ý " + tag);
        var other = await World.NewProvinceAsync("Tỉnh Khác " + tag);
        var station = await World.NewFacilityAsync(province, FacilityType.CommuneHealthStation, "Trạm Y tế phường Đông Sơn " + tag);
        var admin = $"admin-{Guid.NewGuid():N}@test.vn";
        var officer = $"officer-{Guid.NewGuid():N}@test.vn";
        var outsider = $"officer-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(admin, UserRole.FacilityAdmin, station, null);
        await World.NewUserAsync(officer, UserRole.ProvinceOfficer, null, province);
        await World.NewUserAsync(outsider, UserRole.ProvinceOfficer, null, other);
        using var head = await World.ClientForAsync(admin);
        using var officerClient = await World.ClientForAsync(officer);
        using var outsiderClient = await World.ClientForAsync(outsider);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        // Staff alone contradicts nothing: no hint is written.
        (await head.PostJsonAsync("/api/v1/workforce/staff", new
        {
            fullName = "Lê Thị Trạm", role = "PartTime", employmentType = "Permanent", qualificationLevel = "Bachelor", qualificationMajor = "SocialWork", joinedOn = "2024-01-01",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await RunAsync(station, today);
        (await HintsAsync(head)).ShouldBeEmpty();

        (await head.PostJsonAsync("/api/v1/communication/items", new
        {
            channel = "Loudspeaker", title = "Phát thanh về CTXH", date = today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), audienceReached = 300,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await RunAsync(station, today);
        var adminHint = (await HintsAsync(head)).ShouldHaveSingleItem();
        adminHint.Text.ShouldContain("Trạm Y tế phường Đông Sơn " + tag);
        adminHint.Path.ShouldBe("/");
        adminHint.RecordId.ShouldBe(station);
        (await HintsAsync(officerClient)).ShouldHaveSingleItem().RecordId.ShouldBe(station);
        (await HintsAsync(outsiderClient)).ShouldBeEmpty();

        // The next nights add nothing: one hint per contradiction.
        await RunAsync(station, today.AddDays(1));
        await RunAsync(station, today.AddDays(2));
        (await HintsAsync(head)).Count.ShouldBe(1);
        (await HintsAsync(officerClient)).Count.ShouldBe(1);

        // A hint, not a change: the declared status is still "none".
        var hint = await (await head.GetAsync($"/api/v1/facilities/{station}/kpis/status-hint")).ReadAsync<System.Text.Json.JsonElement>();
        hint.GetProperty("hint").GetProperty("declaredStatus").GetString().ShouldBe("None");
    }

    private async Task RunAsync(Guid facilityId, DateOnly today)
    {
        await using var scope = factory.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineJobs>().RaiseForFacilityAsync(facilityId, today, CancellationToken.None);
    }

    private static async Task<List<InboxItem>> HintsAsync(HttpClient client) =>
        (await client.GetAsync<Page<InboxItem>>("/api/v1/me/notifications?pageSize=200")).Items.Where(i => i.Kind == "UnitStatusContradicted").ToList();
}

public sealed class StatusHintNotificationsOnPostgres(SharedPostgres api) : StatusHintNotificationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class StatusHintNotificationsOnSqlite(SharedSqlite api) : StatusHintNotificationTests(api.Factory), IClassFixture<SharedSqlite>;
