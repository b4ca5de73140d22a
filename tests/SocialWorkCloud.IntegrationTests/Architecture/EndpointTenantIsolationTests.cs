using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using SocialWorkCloud.IntegrationTests.Reception;
using SocialWorkCloud.IntegrationTests.Workforce;

namespace SocialWorkCloud.IntegrationTests.Architecture;

/// <summary>
/// Enumerates every endpoint from the endpoint data source and, for each route that takes an id,
/// proves that callers of facility A (and province 1) get 404 for facility B's (province 2's)
/// records, and that nothing is written. The probes are declared by each area next to its tests
/// (an <see cref="IIsolationProbes"/>, e.g. Fundraising/FundraisingProbes.cs) and collected here by
/// reflection; a new route with an id fails until its area declares probes for it.
/// </summary>
public abstract class EndpointTenantIsolationTests(ApiFactory factory)
{

    /// <summary>Ids hidden in bodies (not routes) of another tenant are not found either, and nothing is counted.</summary>
    [Fact]
    public async Task Ids_of_another_tenant_in_a_body_are_not_found()
    {
        var w = factory.World;
        var before = await ApiSurface.FingerprintAsync(factory);
        using var admin = await w.ClientForAsync(TestWorld.AdminA);
        var tally = new { entries = new[] { new { id = Guid.NewGuid(), pointId = w.Reception().B.Point, kind = "Guidance", occurredAt = DateTimeOffset.UtcNow } } };
        (await admin.PostAsync("/api/v1/reception/tallies", JsonContent(tally))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync("/api/v1/workforce/collaborators", JsonContent(new { fullName = "X", departmentId = w.Workforce().B.Department })))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var staff = new { fullName = "X", role = "SocialWorker", departmentId = w.Workforce().B.Department, employmentType = "Permanent",
            qualificationLevel = "Bachelor", qualificationMajor = "SocialWork" };
        (await admin.PostAsync("/api/v1/workforce/staff", JsonContent(staff))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var nomination = new { year = 2025, nomineeKind = "Person", staffMemberId = w.Workforce().B.Staff, awardKind = "CertificateOfMerit", achievements = "x" };
        (await admin.PostAsync("/api/v1/commendations/nominations", JsonContent(nomination))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var officer = await w.ClientForAsync(TestWorld.Officer1);
        var visit = new { facilityId = w.HospitalB, plannedOn = "2030-01-01", scope = "x", team = new[] { new { name = "x" } } };
        (await officer.PostAsync("/api/v1/supervision/visits", JsonContent(visit))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused request wrote something");
    }

    private static IReadOnlyDictionary<string, Func<TestWorld, IsolationProbe[]>> Probes => RouteGuards.IsolationProbes;

    [Fact]
    public void Every_route_with_an_id_has_probes()
    {
        var routes = RoutesWithIds();
        routes.Count.ShouldBeGreaterThanOrEqualTo(12, "the endpoint data source should list the API's routes");
        RouteGuards.Declaring<IIsolationProbes>().Count.ShouldBeGreaterThan(10, "the areas' probe declarations should be found");
        var missing = RouteGuards.Undeclared(routes, Probes.Keys);
        missing.ShouldBeEmpty("Add tenant-isolation probes for these routes: " + string.Join(", ", missing));
        var stale = Probes.Keys.Where(k => !routes.Contains(k)).ToList();
        stale.ShouldBeEmpty("Probes for routes that no longer exist: " + string.Join(", ", stale));
    }

    /// <summary>The guard still bites: a route with an id that no area probes is reported by name.</summary>
    [Fact]
    public void A_route_with_an_id_and_no_probe_fails_the_guard()
    {
        const string unprobed = "GET /api/v1/widgets/{widgetId:guid}";
        var routes = RoutesWithIds().Append(unprobed).ToList();
        RouteGuards.Undeclared(routes, Probes.Keys).ShouldBe([unprobed]);
        Should.Throw<ShouldAssertException>(() => RouteGuards.Undeclared(routes, Probes.Keys).ShouldBeEmpty());
    }

    [Fact]
    public async Task Every_route_with_an_id_answers_404_for_another_tenants_record_and_writes_nothing()
    {
        var world = factory.World;
        var before = await ApiSurface.FingerprintAsync(factory);
        var failures = new List<string>();

        foreach (var route in RoutesWithIds())
        {
            if (!Probes.TryGetValue(route, out var probes)) continue;
            var method = new HttpMethod(route.Split(' ')[0]);
            foreach (var probe in probes(world))
            {
                using var client = await ClientForAsync(world, probe.Actor);
                using var request = new HttpRequestMessage(method, probe.Url);
                if (probe.Body is HttpContent raw) request.Content = raw;
                else if (probe.Body is not null || method != HttpMethod.Get) request.Content = JsonContent(probe.Body ?? new { });
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != probe.Expected)
                {
                    failures.Add($"{route} as {probe.Actor}: expected {(int)probe.Expected}, got {(int)response.StatusCode} {body}");
                }
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route} as {probe.Actor}: not a ProblemDetails ({response.Content.Headers.ContentType})");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused request wrote something");
    }

    private List<string> RoutesWithIds() =>
        ApiSurface.Routes(factory).Where(r => r.ParameterCount > 0).Select(r => r.ToString()).ToList();

    private async Task<HttpClient> ClientForAsync(TestWorld world, string actor)
    {
        if (!actor.StartsWith("client:", StringComparison.Ordinal)) return await world.ClientForAsync(actor);
        var client = world.Anonymous();
        var token = await ApiClientTokens.RequestAsync(client, actor["client:".Length..], TestWorld.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, TestWorld.Json), System.Text.Encoding.UTF8, "application/json");
}

[Collection(PostgresCollection.Name)]
public sealed class EndpointTenantIsolationOnPostgres(PostgresApiFactory factory) : EndpointTenantIsolationTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class EndpointTenantIsolationOnSqlite(SqliteApiFactory factory) : EndpointTenantIsolationTests(factory);
