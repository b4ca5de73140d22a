using System.Net;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Communication;

/// <summary>Communication pieces counted per channel and period, listed newest first and filtered by channel.</summary>
public abstract class CommunicationTests(ApiFactory factory)
{
    [Fact]
    public async Task Pieces_are_counted_per_channel_and_month_and_listed_newest_first()
    {
        var f = await factory.World.NewActivityFacilityAsync();
        foreach (var (channel, date, audience) in new[]
                 {
                     ("Loudspeaker", "2025-01-10", 500), ("Loudspeaker", "2025-01-20", 400), ("WebsiteArticle", "2025-02-03", 1200),
                     ("SocialNetworkPost", "2025-02-14", 3000), ("DirectSession", "2024-12-30", 60),
                 })
        {
            (await f.Admin.PostJsonAsync("/api/v1/communication/items", new { channel, title = $"Tin {date}", date, audienceReached = audience, link = "https://bv.example.vn/tin" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        await (await f.Admin.PostJsonAsync("/api/v1/communication/items", new { channel = "Loudspeaker", title = "x", date = "2025-01-01", link = "javascript:alert(1)" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var counts = await (await f.Admin.GetAsync("/api/v1/communication/counts?granularity=Month&from=2025-01-01&to=2025-12-31")).ReadAsync<JsonElement>();
        counts.GetProperty("totalItems").GetInt32().ShouldBe(4);
        counts.GetProperty("totalAudience").GetInt32().ShouldBe(5100);
        counts.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("periodStart").GetString(), r.GetProperty("channel").GetString(), r.GetProperty("items").GetInt32()))
            .ShouldBe([("2025-01-01", "Loudspeaker", 2), ("2025-02-01", "WebsiteArticle", 1), ("2025-02-01", "SocialNetworkPost", 1)]);

        var all = await (await f.Admin.GetAsync("/api/v1/communication/items?pageSize=2")).ReadAsync<JsonElement>();
        all.GetProperty("totalCount").GetInt32().ShouldBe(5);
        all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date").GetString()).ShouldBe(["2025-02-14", "2025-02-03"]);
        var loudspeaker = await (await f.Admin.GetAsync("/api/v1/communication/items?channel=Loudspeaker")).ReadAsync<JsonElement>();
        loudspeaker.GetProperty("totalCount").GetInt32().ShouldBe(2);

        var points = await (await f.Admin.GetAsync("/api/v1/reception/points")).ReadAsync<JsonElement>();
        points.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Press_radio_and_television_are_channels_counted_as_mass_media_and_filtered_together()
    {
        var f = await factory.World.NewActivityFacilityAsync();
        foreach (var (channel, date) in new[]
                 {
                     ("PrintPress", "2025-03-01"), ("OnlinePress", "2025-03-02"), ("Radio", "2025-03-03"), ("Television", "2025-03-04"),
                     ("Television", "2025-03-05"), ("Loudspeaker", "2025-03-06"), ("SocialNetworkPost", "2025-03-07"),
                 })
        {
            (await f.Admin.PostJsonAsync("/api/v1/communication/items", new { channel, title = $"Phóng sự {date}", date }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var counts = await (await f.Admin.GetAsync("/api/v1/communication/counts?granularity=Year&from=2025-01-01&to=2025-12-31")).ReadAsync<JsonElement>();
        counts.GetProperty("totalItems").GetInt32().ShouldBe(7);
        counts.GetProperty("massMediaItems").GetInt32().ShouldBe(5, "the facility's own loudspeakers and its social-network page are not mass media");
        counts.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("channel").GetString() == "Television").GetProperty("items").GetInt32().ShouldBe(2);

        var massMedia = await (await f.Admin.GetAsync("/api/v1/communication/items?massMedia=true")).ReadAsync<JsonElement>();
        massMedia.GetProperty("totalCount").GetInt32().ShouldBe(5);
        massMedia.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("channel").GetString()).Distinct()
            .ShouldBe(["Television", "Radio", "OnlinePress", "PrintPress"], ignoreOrder: true);
        var radio = await (await f.Admin.GetAsync("/api/v1/communication/items?channel=Radio")).ReadAsync<JsonElement>();
        radio.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }
}

public sealed class CommunicationOnPostgres(SharedPostgres api) : CommunicationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class CommunicationOnSqlite(SharedSqlite api) : CommunicationTests(api.Factory), IClassFixture<SharedSqlite>;
