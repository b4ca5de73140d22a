using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

public abstract class HostingTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public void The_host_registers_no_http_context_accessor()
    {
        // Registered, it would make ASP.NET Core build a new HttpContext for every request (CurrentRequest; issue 19).
        factory.Services.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().ShouldBeNull();
    }

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
    public async Task The_web_portal_client_was_generated_from_the_document_the_api_serves()
    {
        using var client = World.Anonymous();
        var served = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var committedPath = Path.Combine(RepositoryRoot(), "web", "openapi", "socialworkcloud.v1.json");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath));
        JsonNode.DeepEquals(served, committed).ShouldBeTrue(
            "web/openapi/socialworkcloud.v1.json is stale: run `npm run api:generate` in web/ after building the API");
    }

    [Fact]
    public async Task Unknown_api_routes_stay_problem_details_and_never_fall_back_to_the_portal()
    {
        using var client = World.Anonymous();
        var response = await client.GetAsync("/api/v1/no-such-thing");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/html");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SocialWorkCloud.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("SocialWorkCloud.sln not found above the test binaries");
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_platform_admins_only()
    {
        using var anonymous = World.Anonymous();
        (await anonymous.GetAsync("/hangfire")).IsSuccessStatusCode.ShouldBeFalse();

        // Never a bearer token in a URL, not even a platform admin's (issue 17).
        var officerToken = await TokenAsync(TestWorld.Officer1);
        (await anonymous.GetAsync($"/hangfire?access_token={officerToken}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var platformToken = await TokenAsync(TestWorld.Platform);
        (await anonymous.GetAsync($"/hangfire?access_token={platformToken}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using (var officer = await World.ClientForAsync(TestWorld.Officer1))
        {
            (await officer.PostAsync("/api/v1/jobs-dashboard/tickets", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        // The portal's way in: a one-time ticket, swapped for the dashboard's cookie (Identity/JobsDashboardTests follows it through).
        using var platform = await World.ClientForAsync(TestWorld.Platform);
        var ticket = (await platform.PostAsync<System.Text.Json.JsonElement>("/api/v1/jobs-dashboard/tickets", new { }, HttpStatusCode.OK)).GetProperty("url").GetString()!;
        using var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var redeemed = await browser.GetAsync(ticket);
        redeemed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var request = new HttpRequestMessage(HttpMethod.Get, redeemed.Headers.Location);
        request.Headers.Add("Cookie", redeemed.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
        using var dashboard = await browser.SendAsync(request);
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain("SocialWorkCloud jobs");
    }

    private async Task<string> TokenAsync(string email)
    {
        using var client = await World.ClientForAsync(email);
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }
}

public sealed class HostingOnPostgres(SharedPostgres api) : HostingTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class HostingOnSqlite(SharedSqlite api) : HostingTests(api.Factory), IClassFixture<SharedSqlite>;
