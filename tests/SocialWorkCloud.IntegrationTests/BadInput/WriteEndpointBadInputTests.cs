using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.BadInput;

/// <summary>
/// Every JSON write endpoint, fed malformed JSON, wrong types, oversize strings and unknown enum
/// values, answers 400 ProblemDetails (never 500) and writes nothing. The cases are declared by each
/// area next to its tests (an <see cref="IBadInputCases"/>) and collected here; a new write endpoint
/// fails the coverage test until its area declares a case.
/// </summary>
public abstract class WriteEndpointBadInputTests(ApiFactory factory)
{
    private static IReadOnlyDictionary<string, Func<TestWorld, BadInputCase>> Cases => RouteGuards.BadInputCases;

    /// <summary>Form-encoded or multipart uploads, covered by their areas' tests (identity: RFC 6749 errors; imports: bad files).</summary>
    private static readonly string[] NotJson =
    [
        "POST /api/v1/auth/token", "POST /api/v1/workforce/certificates/{certificateId:guid}/scan",
        "POST /api/v1/imports/facilities/check", "POST /api/v1/imports/facilities/annotated", "POST /api/v1/imports/facilities/commit",
        "POST /api/v1/imports/clients/check", "POST /api/v1/imports/clients/annotated", "POST /api/v1/imports/clients/commit",
        .. new[] { "staff", "departments", "collaborators", "donors", "users" }
            .SelectMany(k => new[] { $"POST /api/v1/imports/{k}/check", $"POST /api/v1/imports/{k}/annotated", $"POST /api/v1/imports/{k}/commit" }),
    ];

    [Fact]
    public void Every_write_endpoint_has_a_bad_input_case()
    {
        var writes = WriteRoutes();
        writes.Count.ShouldBeGreaterThan(10);
        RouteGuards.Declaring<IBadInputCases>().Count.ShouldBeGreaterThan(10, "the areas' bad-input declarations should be found");
        var missing = RouteGuards.Undeclared(writes, Cases.Keys, NotJson);
        missing.ShouldBeEmpty("Add bad-input cases for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Bad_input_gets_400_problem_details_and_writes_nothing()
    {
        var before = await ApiSurface.FingerprintAsync(factory);
        var failures = new List<string>();
        foreach (var (route, make) in Cases)
        {
            var c = make(factory.World);
            var method = new HttpMethod(route.Split(' ')[0]);
            var bodies = new List<(string What, string Body)> { ("malformed JSON", "{ \"name\": \"unterminated") };
            if (c.TextField.Length > 0)
            {
                var oversize = c.ValidBody();
                oversize[c.TextField] = new string('x', 10_000);
                bodies.Add(("oversize " + c.TextField, oversize.ToJsonString()));
            }
            if (c.EnumField is not null)
            {
                var unknownEnum = c.ValidBody();
                unknownEnum[c.EnumField] = "NotAValue";
                bodies.Add(("unknown enum " + c.EnumField, unknownEnum.ToJsonString()));
            }
            if (c.TypedField.Length > 0)
            {
                var wrongType = c.ValidBody();
                wrongType[c.TypedField] = c.TypedField is "email" or "password" or "refreshToken" or "code" or "asOf" or "reason" or "text" ? new JsonArray(1, 2) : "not-a-number-or-guid";
                bodies.Add(("wrong type " + c.TypedField, wrongType.ToJsonString()));
            }
            if (c.TextField.Length == 0 && c.TypedField.Length == 0) bodies.Clear(); // id-only commands: the body is ignored; the route guard covers them.

            using var client = await factory.World.ClientForAsync(c.Actor);
            foreach (var (what, body) in bodies)
            {
                using var request = new HttpRequestMessage(method, c.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route} with {what}: {(int)response.StatusCode} {text}");
                }
            }
        }
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "bad input wrote something");
    }

    /// <summary>
    /// Every member of every valid body, at any depth, set to null and (for object members) left out:
    /// the answer is a 4xx, never a 500 from a rule or a handler that dereferences the null (the
    /// <c>"goals": null</c> class). Where the case has a text field, it is oversized too, so the request
    /// is refused whatever the null does, while FluentValidation still runs every rule over the null.
    /// </summary>
    [Fact]
    public async Task Null_or_missing_members_get_4xx_never_500_and_write_nothing()
    {
        var before = await ApiSurface.FingerprintAsync(factory);
        var failures = new List<string>();
        var tried = 0;
        foreach (var (route, make) in Cases)
        {
            var c = make(factory.World);
            if (c.TextField.Length == 0 && c.TypedField.Length == 0) continue; // id-only commands ignore the body
            var method = new HttpMethod(route.Split(' ')[0]);
            using var client = await factory.World.ClientForAsync(c.Actor);
            foreach (var (what, body, structural) in NullVariants(c.ValidBody()))
            {
                // A null text field is an ordinary input (most are optional); so is a null scalar where nothing else
                // makes the request invalid — that would write. Lists, objects and list items are always tried.
                if (what.StartsWith("$." + c.TextField + " ", StringComparison.Ordinal)) continue;
                var poisoned = c.TextField.Length > 0;
                if (!poisoned && !structural) continue;
                if (poisoned) body[c.TextField] = new string('x', 10_000);
                using var request = new HttpRequestMessage(method, c.Url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
                using var response = await client.SendAsync(request);
                tried++;
                var status = (int)response.StatusCode;
                if (status is < 400 or >= 500 || (poisoned && status != 400))
                {
                    failures.Add($"{route} with {what}{(poisoned ? " (and an oversized " + c.TextField + ")" : "")}: {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
        tried.ShouldBeGreaterThan(50);
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a body with a null wrote something");
    }

    /// <summary>
    /// (description, body, structural) for each member of <paramref name="valid"/> at any depth: set to null, and
    /// removed; structural when the member is a list, an object or a list item.
    /// </summary>
    internal static IEnumerable<(string What, JsonObject Body, bool Structural)> NullVariants(JsonObject valid)
    {
        foreach (var path in Paths(valid))
        {
            var structural = path[^1] is int || Get(valid, path) is JsonObject or JsonArray;
            var nulled = (JsonObject)valid.DeepClone();
            Set(nulled, path, remove: false);
            yield return ($"{Describe(path)} null", nulled, structural);
            if (path[^1] is string)
            {
                var missing = (JsonObject)valid.DeepClone();
                Set(missing, path, remove: true);
                yield return ($"{Describe(path)} missing", missing, structural);
            }
        }
    }

    private static JsonNode? Get(JsonNode root, object[] path)
    {
        JsonNode? node = root;
        foreach (var step in path) node = step is string name ? node![name] : node![(int)step];
        return node;
    }

    private static IEnumerable<object[]> Paths(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    yield return [name];
                    foreach (var rest in Paths(child)) yield return [name, .. rest];
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return [i];
                    foreach (var rest in Paths(a[i])) yield return [i, .. rest];
                }
                break;
        }
    }

    private static void Set(JsonObject root, object[] path, bool remove)
    {
        JsonNode parent = root;
        foreach (var step in path[..^1]) parent = step is string name ? parent[name]! : parent[(int)step]!;
        switch (path[^1])
        {
            case string name when remove: parent.AsObject().Remove(name); break;
            case string name: parent[name] = null; break;
            case int index: parent[index] = null; break;
        }
    }

    private static string Describe(object[] path) =>
        "$" + string.Concat(path.Select(p => p is string name ? "." + name : $"[{p}]"));

    [Fact]
    public async Task Validation_errors_name_the_json_fields()
    {
        using var client = await factory.World.ClientForAsync(TestWorld.AdminA);
        var response = await client.PostJsonAsync($"/api/v1/facilities/{factory.World.HospitalA}/unit-history",
            new { status = "Department", effectiveDate = "1990-01-01", headcount = -3 });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("decisionNumber", out _).ShouldBeTrue(problem.ToString());
        errors.TryGetProperty("effectiveDate", out _).ShouldBeTrue();
        errors.TryGetProperty("headcount", out _).ShouldBeTrue();
    }

    private List<string> WriteRoutes() =>
        ApiSurface.Routes(factory).Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE").Select(r => r.ToString()).ToList();
}

[Collection(PostgresCollection.Name)]
public sealed class WriteEndpointBadInputOnPostgres(PostgresApiFactory factory) : WriteEndpointBadInputTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class WriteEndpointBadInputOnSqlite(SqliteApiFactory factory) : WriteEndpointBadInputTests(factory);
