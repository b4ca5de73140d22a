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
