using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Contract;

/// <summary>
/// The limits issue 19 rewrote as rules the document can show (list sizes as ItemCount, every page at most
/// 100,000, webhook deliveries at most 100 a page) are enforced: one past the documented limit is a 400
/// ProblemDetails naming the field, and the document states exactly that limit.
/// </summary>
public abstract class DocumentedLimitTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task A_page_past_100000_is_refused_naming_page_and_the_last_allowed_page_is_answered()
    {
        var document = await DocumentAsync();
        Parameter(document, "/api/v1/clients", "get", "page")["maximum"]!.GetValue<int>().ShouldBe(100_000);
        using var client = await World.ClientForAsync(TestWorld.WorkerAEmail);
        await RefusedNamingAsync(await client.GetAsync("/api/v1/clients?page=100001"), "page");
        (await client.GetAsync("/api/v1/clients?page=100000")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await RefusedNamingAsync(await client.GetAsync("/api/v1/me/notifications?page=100001"), "page");
    }

    [Fact]
    public async Task A_webhook_delivery_page_of_more_than_100_is_refused_not_clamped()
    {
        var document = await DocumentAsync();
        Parameter(document, "/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries", "get", "pageSize")["maximum"]!.GetValue<int>().ShouldBe(100);
        using var client = await World.ClientForAsync(TestWorld.AdminA);
        await RefusedNamingAsync(await client.GetAsync($"/api/v1/webhooks/subscriptions/{Guid.NewGuid()}/deliveries?pageSize=101"), "pageSize");
        // Within the limit the request reaches the handler: an unknown subscription is a 404, not a 400.
        (await client.GetAsync($"/api/v1/webhooks/subscriptions/{Guid.NewGuid()}/deliveries?pageSize=100")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_plan_with_one_goal_more_than_the_documented_maximum_is_refused_naming_goals()
    {
        var document = await DocumentAsync();
        var max = Schema(document, "SavePlan")["properties"]!["goals"]!["maxItems"]!.GetValue<int>();
        max.ShouldBe(30);
        var goals = new JsonArray([.. Enumerable.Range(0, max + 1).Select(i => (JsonNode)new JsonObject { ["goal"] = $"Mục tiêu {i}" })]);
        using var client = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var body = new JsonObject { ["goals"] = goals, ["version"] = Guid.NewGuid().ToString() };
        await RefusedNamingAsync(await client.PutAsync($"/api/v1/cases/{Guid.NewGuid()}/plan", Json(body)), "goals");
    }

    [Fact]
    public async Task Lists_bounded_by_ItemCount_refuse_one_item_more_than_the_document_allows()
    {
        var document = await DocumentAsync();
        var scopes = Schema(document, "CreateApiClient")["properties"]!["scopes"]!["maxItems"]!.GetValue<int>();
        var days = Schema(document, "CreateCharitySchedule")["properties"]!["daysOfMonth"]!["maxItems"]!.GetValue<int>();
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        var before = await ApiSurface.FingerprintAsync(factory);
        var tooManyScopes = new JsonObject { ["name"] = "HIS", ["scopes"] = new JsonArray([.. Enumerable.Range(0, scopes + 1).Select(_ => (JsonNode)"read")]) };
        await RefusedNamingAsync(await admin.PostAsync("/api/v1/api-clients", Json(tooManyScopes)), "scopes");
        var tooManyDays = new JsonObject
        {
            ["kind"] = "FreeMeals", ["title"] = "Bữa cơm yêu thương", ["startsOn"] = "2030-01-01",
            ["daysOfMonth"] = new JsonArray([.. Enumerable.Range(1, days + 1).Select(d => (JsonNode)d)]),
        };
        await RefusedNamingAsync(await admin.PostAsync("/api/v1/charity/schedules", Json(tooManyDays)), "daysOfMonth");
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused list wrote something");
    }

    private static async Task RefusedNamingAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("validation-failed", problem.ToString());
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field, problem.ToString());
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = World.Anonymous();
        return JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
    }

    private static JsonObject Schema(JsonObject document, string name) => document["components"]!["schemas"]![name]!.AsObject();

    private static JsonObject Parameter(JsonObject document, string path, string method, string name) =>
        document["paths"]![path]![method]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!["schema"]!.AsObject();
}

[Collection(PostgresCollection.Name)]
public sealed class DocumentedLimitsOnPostgres(PostgresApiFactory factory) : DocumentedLimitTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class DocumentedLimitsOnSqlite(SqliteApiFactory factory) : DocumentedLimitTests(factory);
