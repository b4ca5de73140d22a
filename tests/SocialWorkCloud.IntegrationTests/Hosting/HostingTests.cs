using System.Net;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

public abstract class HostingTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task Health_endpoints_answer_without_a_token()
    {
        using var client = World.Anonymous();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_with_the_bearer_scheme()
    {
        using var client = World.Anonymous();
        var doc = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadAsync<JsonElement>();
        doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/auth/login");
        paths.ShouldContain("/api/v1/auth/token");
        paths.ShouldContain("/api/v1/provinces/{provinceId}/kpis");
        paths.ShouldContain("/api/v1/facilities/{facilityId}/unit-history/{changeId}/corrections");
        // Route ids are not part of the request bodies.
        doc.GetProperty("components").GetProperty("schemas").ToString().ShouldNotContain("\"changeId\"");
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_platform_admins_only()
    {
        using var anonymous = World.Anonymous();
        (await anonymous.GetAsync("/hangfire")).IsSuccessStatusCode.ShouldBeFalse();

        var officerToken = await TokenAsync(TestWorld.Officer1);
        (await anonymous.GetAsync($"/hangfire?access_token={officerToken}")).IsSuccessStatusCode.ShouldBeFalse();

        var platformToken = await TokenAsync(TestWorld.Platform);
        var dashboard = await anonymous.GetAsync($"/hangfire?access_token={platformToken}");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain("SocialWorkCloud jobs");
    }

    private async Task<string> TokenAsync(string email)
    {
        using var client = await World.ClientForAsync(email);
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }
}

[Collection(PostgresCollection.Name)]
public sealed class HostingOnPostgres(PostgresApiFactory factory) : HostingTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class HostingOnSqlite(SqliteApiFactory factory) : HostingTests(factory);
