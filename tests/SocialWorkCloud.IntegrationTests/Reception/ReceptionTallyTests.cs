using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Reception;

/// <summary>The tally log counts every contact exactly once: replays after a network loss, repeated batches and racing requests.</summary>
public abstract class ReceptionTallyTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static async Task<Guid> NewPointAsync(HttpClient client, string name = "Sảnh khám bệnh") =>
        (await (await client.PostJsonAsync("/api/v1/reception/points", new { name })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static object[] Entries(Guid point, int n, string kind = "Guidance", string at = "2025-06-02T09:00:00+07:00") =>
        Enumerable.Range(0, n).Select(_ => (object)new { id = Guid.NewGuid(), pointId = point, kind, occurredAt = at }).ToArray();

    private static async Task<JsonElement> PostAsync(HttpClient client, object[] entries, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reception/tallies") { Content = JsonContent(new { entries }) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await (await client.SendAsync(request)).ReadAsync<JsonElement>();
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, TestWorld.Json), System.Text.Encoding.UTF8, "application/json");

    private static async Task<int> TotalAsync(HttpClient client, string from = "2025-01-01", string to = "2025-12-31") =>
        (await (await client.GetAsync($"/api/v1/reception/counts?granularity=Year&from={from}&to={to}")).ReadAsync<JsonElement>())
        .GetProperty("total").GetInt32();

    [Fact]
    public async Task A_queue_replayed_after_a_network_loss_counts_each_tap_once()
    {
        var f = await World.NewActivityFacilityAsync();
        var point = await NewPointAsync(f.Admin);
        var sent = Entries(point, 5);
        (await PostAsync(f.Admin, sent)).GetProperty("accepted").GetInt32().ShouldBe(5);

        // The answer was lost with the network: the tablet sends its whole queue again, plus three new taps.
        var replay = await PostAsync(f.Admin, [.. sent, .. Entries(point, 3)]);
        replay.GetProperty("accepted").GetInt32().ShouldBe(3);
        replay.GetProperty("duplicates").GetInt32().ShouldBe(5);
        (await TotalAsync(f.Admin)).ShouldBe(8);
    }

    [Fact]
    public async Task A_batch_longer_than_one_insert_statement_is_counted_whole_and_its_replay_only_adds_the_new_taps()
    {
        // 200 entries are three multi-row INSERTs (81 + 81 + 38 rows); the replay with 10 new taps is a fourth of another length.
        var f = await World.NewActivityFacilityAsync();
        var point = await NewPointAsync(f.Admin);
        var sent = Entries(point, 200);
        var first = await PostAsync(f.Admin, sent);
        first.GetProperty("accepted").GetInt32().ShouldBe(200);
        first.GetProperty("duplicates").GetInt32().ShouldBe(0);
        var replay = await PostAsync(f.Admin, [.. Entries(point, 10, "Information"), .. sent]);
        replay.GetProperty("accepted").GetInt32().ShouldBe(10);
        replay.GetProperty("duplicates").GetInt32().ShouldBe(200);
        (await TotalAsync(f.Admin)).ShouldBe(210);
    }

    [Fact]
    public async Task The_same_entries_sent_by_racing_requests_count_once()
    {
        var f = await World.NewActivityFacilityAsync();
        var point = await NewPointAsync(f.Admin);
        var batch = Entries(point, 50);
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reception/tallies") { Content = JsonContent(new { entries = batch }) };
            return (await f.Admin.SendAsync(request)).StatusCode;
        }));
        // One wins; a loser of the unique-index race gets 409 and would simply send again.
        responses.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        responses.ShouldContain(HttpStatusCode.OK);
        (await TotalAsync(f.Admin)).ShouldBe(50);
    }

    [Fact]
    public async Task A_hospital_system_batch_sent_twice_under_one_idempotency_key_counts_once()
    {
        var f = await World.NewActivityFacilityAsync();
        var point = await NewPointAsync(f.Admin);
        var clientId = $"his_{Guid.NewGuid():N}";
        await World.NewApiClientAsync(clientId, f.Id, null);
        using var his = World.Anonymous();
        his.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiClientTokens.RequestAsync(his, clientId, TestWorld.ClientSecret));

        var batch = Entries(point, 20, "AdministrativeHelp").Concat(
            [new { id = Guid.NewGuid(), pointId = point, kind = "Information", occurredAt = "2025-06-02T10:00:00+07:00", count = 30 }]).ToArray();
        var first = await PostAsync(his, batch, "his-2025-06-02-001");
        first.GetProperty("accepted").GetInt32().ShouldBe(21);
        first.GetProperty("replayed").GetBoolean().ShouldBeFalse();
        var again = await PostAsync(his, batch, "his-2025-06-02-001");
        again.GetProperty("accepted").GetInt32().ShouldBe(21);
        again.GetProperty("replayed").GetBoolean().ShouldBeTrue();
        (await TotalAsync(f.Admin)).ShouldBe(50);

        using var reused = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reception/tallies") { Content = JsonContent(new { entries = Entries(point, 1) }) };
        reused.Headers.Add("Idempotency-Key", "his-2025-06-02-001");
        var problem = await (await his.SendAsync(reused)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("detail").GetString()!.ShouldContain("Idempotency-Key");
        (await TotalAsync(f.Admin)).ShouldBe(50);
    }

    [Fact]
    public async Task Counts_roll_up_per_day_month_and_year_on_the_Vietnam_calendar()
    {
        var f = await World.NewActivityFacilityAsync();
        var hall = await NewPointAsync(f.Admin, "Sảnh A");
        var desk = await NewPointAsync(f.Admin, "Quầy B");
        // 18:30 UTC on 31 March is 01:30 on 1 April in Vietnam: it counts for April.
        await PostAsync(f.Admin, [
            .. Entries(hall, 4, "Guidance", "2025-03-31T18:30:00Z"),
            .. Entries(hall, 2, "Guidance", "2025-03-31T10:00:00+07:00"),
            .. Entries(desk, 3, "WheelchairEscort", "2025-04-15T08:00:00+07:00"),
            .. Entries(desk, 1, "CaseHandover", "2024-12-31T23:59:00+07:00"),
        ]);

        var daily = await (await f.Admin.GetAsync("/api/v1/reception/counts?granularity=Day&from=2025-03-31&to=2025-04-01")).ReadAsync<JsonElement>();
        daily.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("periodStart").GetString(), r.GetProperty("count").GetInt32()))
            .ShouldBe([("2025-03-31", 2), ("2025-04-01", 4)]);

        var monthly = await (await f.Admin.GetAsync("/api/v1/reception/counts?granularity=Month&from=2025-01-01&to=2025-12-31")).ReadAsync<JsonElement>();
        monthly.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("periodStart").GetString(), r.GetProperty("pointName").GetString(), r.GetProperty("kind").GetString(), r.GetProperty("count").GetInt32()))
            .ShouldBe([("2025-03-01", "Sảnh A", "Guidance", 2), ("2025-04-01", "Quầy B", "WheelchairEscort", 3), ("2025-04-01", "Sảnh A", "Guidance", 4)]);

        var yearly = await (await f.Admin.GetAsync("/api/v1/reception/counts?granularity=Year&from=2024-01-01&to=2025-12-31")).ReadAsync<JsonElement>();
        yearly.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("periodStart").GetString(), r.GetProperty("count").GetInt32()))
            .ShouldBe([("2024-01-01", 1), ("2025-01-01", 3), ("2025-01-01", 6)]);
        yearly.GetProperty("total").GetInt32().ShouldBe(10);

        var summary = await (await f.Admin.GetAsync("/api/v1/reception/summary?asOf=2025-04-01")).ReadAsync<JsonElement>();
        summary.GetProperty("today").GetInt32().ShouldBe(4);
        summary.GetProperty("thisMonth").GetInt32().ShouldBe(4);
        summary.GetProperty("thisYear").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task A_bad_entry_refuses_the_whole_batch_and_names_the_entry()
    {
        var f = await World.NewActivityFacilityAsync();
        var point = await NewPointAsync(f.Admin);
        var entries = new object[]
        {
            new { id = Guid.NewGuid(), pointId = point, kind = "Guidance", occurredAt = "2025-06-02T09:00:00+07:00" },
            new { id = Guid.NewGuid(), pointId = point, kind = "Guidance", occurredAt = "2025-06-02T09:00:00+07:00", count = 0 },
            new { id = Guid.NewGuid(), pointId = point, kind = "Guidance", occurredAt = DateTimeOffset.UtcNow.AddDays(2) },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reception/tallies") { Content = JsonContent(new { entries }) };
        var problem = await (await f.Admin.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("entries[1].count", out _).ShouldBeTrue(problem.ToString());
        errors.TryGetProperty("entries[2].occurredAt", out _).ShouldBeTrue(problem.ToString());
        (await TotalAsync(f.Admin, "2025-01-01", "2030-12-31")).ShouldBe(0);
    }

    [Fact]
    public async Task A_collaborator_tallies_but_cannot_read_the_figures()
    {
        var f = await World.NewActivityFacilityAsync();
        var point = await NewPointAsync(f.Admin);
        var email = $"collab-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, Application.Common.Security.UserRole.Collaborator, f.Id, null);
        using var collaborator = await World.ClientForAsync(email);
        (await PostAsync(collaborator, Entries(point, 2))).GetProperty("accepted").GetInt32().ShouldBe(2);
        (await collaborator.GetAsync("/api/v1/reception/counts?granularity=Day&from=2025-01-01&to=2025-12-31")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class ReceptionTallyOnPostgres(SharedPostgres api) : ReceptionTallyTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ReceptionTallyOnSqlite(SharedSqlite api) : ReceptionTallyTests(api.Factory), IClassFixture<SharedSqlite>;
