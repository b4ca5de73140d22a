using System.Net;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Fundraising;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Charity;

/// <summary>Recurring activities: occurrences generated from the rule, confirmed once each with the actual counts.</summary>
public abstract class CharityScheduleTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static async Task<Guid> ScheduleAsync(HttpClient client, object body) =>
        (await (await client.PostJsonAsync("/api/v1/charity/schedules", body)).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> OccurrencesAsync(HttpClient client, Guid schedule, string from, string to) =>
        await (await client.GetAsync($"/api/v1/charity/schedules/{schedule}/occurrences?from={from}&to={to}")).ReadAsync<JsonElement>();

    [Fact]
    public async Task Days_of_the_month_fall_on_the_last_day_of_shorter_months_and_weekly_schedules_on_their_weekday()
    {
        var f = await World.NewActivityFacilityAsync();
        var meals = await ScheduleAsync(f.Admin, new
        {
            kind = "FreeMeals", title = "Cơm miễn phí", place = "Nhà ăn", daysOfMonth = new[] { 15, 1, 31 }, startsOn = "2026-01-10", endsOn = "2026-03-31",
        });
        (await OccurrencesAsync(f.Admin, meals, "2026-01-01", "2026-12-31")).EnumerateArray().Select(o => o.GetProperty("date").GetString())
            .ShouldBe(["2026-01-15", "2026-01-31", "2026-02-01", "2026-02-15", "2026-02-28", "2026-03-01", "2026-03-15", "2026-03-31"]);

        var haircuts = await ScheduleAsync(f.Admin, new { kind = "FreeHaircuts", title = "Cắt tóc", weekday = "Monday", startsOn = "2026-02-01", endsOn = "2026-02-28" });
        (await OccurrencesAsync(f.Admin, haircuts, "2026-01-01", "2026-12-31")).EnumerateArray().Select(o => o.GetProperty("date").GetString())
            .ShouldBe(["2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"]);

        await (await f.Admin.PostJsonAsync("/api/v1/charity/schedules", new
        {
            kind = "FreeMeals", title = "Cả hai", daysOfMonth = new[] { 1 }, weekday = "Monday", startsOn = "2026-01-01",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Each_occurrence_is_confirmed_once_with_its_actual_counts()
    {
        var f = await World.NewActivityFacilityAsync();
        var meals = await ScheduleAsync(f.Admin, new
        {
            kind = "FreeMeals", title = "Cơm miễn phí", daysOfMonth = new[] { 1, 15 }, startsOn = "2025-01-01", endsOn = "2025-03-31", partner = "Nhóm thiện nguyện",
        });
        var confirmed = await (await f.Admin.PostJsonAsync($"/api/v1/charity/schedules/{meals}/occurrences/2025-01-15/confirm",
            new { held = true, beneficiaryCount = 120, valueVnd = 6_000_000 })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        confirmed.GetProperty("partner").GetString().ShouldBe("Nhóm thiện nguyện");
        (await f.Admin.PostJsonAsync($"/api/v1/charity/schedules/{meals}/occurrences/2025-02-01/confirm",
            new { held = false, beneficiaryCount = 0, valueVnd = 0 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await f.Admin.PostJsonAsync($"/api/v1/charity/schedules/{meals}/occurrences/2025-01-15/confirm",
            new { held = true, beneficiaryCount = 1, valueVnd = 1 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await f.Admin.PostJsonAsync($"/api/v1/charity/schedules/{meals}/occurrences/2025-01-16/confirm",
            new { held = true, beneficiaryCount = 1, valueVnd = 1 })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await f.Admin.PostJsonAsync($"/api/v1/charity/schedules/{meals}/occurrences/2025-03-01/confirm",
            new { held = false, beneficiaryCount = 5, valueVnd = 0 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var future = await ScheduleAsync(f.Admin, new { kind = "PorridgeAndMilk", title = "Cháo sữa", daysOfMonth = new[] { 15 }, startsOn = "2049-01-01" });
        await (await f.Admin.PostJsonAsync($"/api/v1/charity/schedules/{future}/occurrences/2049-01-15/confirm",
            new { held = true, beneficiaryCount = 1, valueVnd = 1 })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        var states = await OccurrencesAsync(f.Admin, meals, "2025-01-01", "2025-03-31");
        states.EnumerateArray().Select(o => o.GetProperty("state").GetString())
            .ShouldBe(["Pending", "Confirmed", "NotHeld", "Pending", "Pending", "Pending"]);
        var schedules = await (await f.Admin.GetAsync("/api/v1/charity/schedules")).ReadAsync<JsonElement>();
        schedules.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == meals).GetProperty("pendingOccurrences").GetInt32().ShouldBe(4);

        // The gifts came out of a donation campaign: the activity names that distribution of the unit's own ledger.
        var gifts = (Guid distributionId) => new
        {
            kind = "GiftsChildrensDay", title = "Quà 1/6 cho bệnh nhi", date = "2025-06-01", beneficiaryCount = 386, valueVnd = 77_200_000, distributionId,
        };
        await (await f.Admin.PostJsonAsync("/api/v1/charity/activities", gifts(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await f.Admin.PostJsonAsync("/api/v1/charity/activities", gifts(World.Fundraising().A.Receipt))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var other = await World.NewActivityFacilityAsync();
        await (await f.Admin.PostJsonAsync("/api/v1/charity/activities", gifts(await GiftDistributionAsync(other.Admin)))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await f.Admin.PostJsonAsync("/api/v1/charity/activities", gifts(await GiftDistributionAsync(f.Admin)))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var summary = await (await f.Admin.GetAsync("/api/v1/charity/summary?from=2025-01-01&to=2025-12-31")).ReadAsync<JsonElement>();
        summary.GetProperty("activities").GetInt32().ShouldBe(2);
        summary.GetProperty("beneficiaries").GetInt32().ShouldBe(506);
        summary.GetProperty("valueVnd").GetInt64().ShouldBe(83_200_000);
        summary.GetProperty("pendingOccurrences").GetInt32().ShouldBe(4);
        var listed = await (await f.Admin.GetAsync("/api/v1/charity/activities?from=2025-01-01&to=2025-12-31")).ReadAsync<JsonElement>();
        listed.GetProperty("totalCount").GetInt32().ShouldBe(3);
    }

    /// <summary>A campaign of the unit head's facility that received 80 million and gave gifts to a group of 386 child patients.</summary>
    private static async Task<Guid> GiftDistributionAsync(HttpClient head)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await (await head.PostJsonAsync("/api/v1/fundraising/campaigns", new
        {
            kind = "Campaign", title = "Quà 1/6", purpose = "Quà cho bệnh nhi", startDate = today.AddDays(-5), endDate = today.AddDays(5),
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var campaign = created.GetProperty("id").GetGuid();
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/status",
            new { version = created.GetProperty("version").GetGuid(), status = "Open" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/cash-receipts",
            new { receivedOn = today, amount = 80_000_000, method = "Cash" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var distribution = await (await head.PostJsonAsync($"/api/v1/fundraising/campaigns/{campaign}/distributions",
            new { distributedOn = today, amount = 77_200_000, recipientKind = "GroupActivity", groupCount = 386 })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return distribution.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Money_must_be_whole_non_negative_VND_within_bounds()
    {
        var f = await World.NewActivityFacilityAsync();
        var body = (long value) => new { kind = "Other", title = "Khám nhân đạo", date = "2025-06-01", beneficiaryCount = 10, valueVnd = value };
        await (await f.Admin.PostJsonAsync("/api/v1/charity/activities", body(-1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await f.Admin.PostJsonAsync("/api/v1/charity/activities", body(10_000_000_000_001))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await f.Admin.PostJsonAsync("/api/v1/charity/activities", body(0))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}

public sealed class CharityScheduleOnPostgres(SharedPostgres api) : CharityScheduleTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CharityScheduleOnSqlite(SharedSqlite api) : CharityScheduleTests(api.Factory), IClassFixture<SharedSqlite>;
