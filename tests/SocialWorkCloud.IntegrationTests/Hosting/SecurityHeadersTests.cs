using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>The headers every answer carries: the portal's CSP, no framing, nosniff, no referrer, no Server, no-store on the API.</summary>
public abstract class SecurityHeadersTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static void ShouldCarryTheCommonHeaders(HttpResponseMessage response)
    {
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
        response.Headers.Contains("Server").ShouldBeFalse();
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }

    [Theory]
    [InlineData("/api/v1/me", true)]
    [InlineData("/api/v1/provinces", true)]
    [InlineData("/api/v1/no-such-thing", true)]
    [InlineData("/api/v1/me", false)]
    public async Task Every_api_answer_is_no_store_and_loads_nothing(string path, bool signedIn)
    {
        using var client = signedIn ? await World.ClientForAsync(TestWorld.WorkerAEmail) : World.Anonymous();
        using var response = await client.GetAsync(path);
        ShouldCarryTheCommonHeaders(response);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ApiPolicy);
    }

    [Fact]
    public async Task The_portal_gets_a_csp_without_inline_script()
    {
        using var client = World.Anonymous();
        using var response = await client.GetAsync("/facilities/abc/cases");
        ShouldCarryTheCommonHeaders(response);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldBe(SecurityHeaders.PortalPolicy);
        var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        scripts.ShouldBe("script-src 'self'");
        csp.ShouldNotContain("unsafe-eval");
    }

    [Fact]
    public async Task The_portal_files_carry_nosniff_but_not_the_page_policies_and_no_page_escapes_them()
    {
        using var client = World.Anonymous();
        // A missing script is a 404, never the portal page (which would need the page's policies).
        using var missing = await client.GetAsync("/assets/no-such-chunk.js");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        missing.Headers.Contains("Content-Security-Policy").ShouldBeFalse();
        missing.Headers.Contains("Server").ShouldBeFalse();
        // A page served under /assets (the SPA fallback for a path without an extension) keeps every policy.
        using var page = await client.GetAsync("/assets/not-a-file");
        if (page.Content.Headers.ContentType?.MediaType == "text/html")
            ShouldCarryTheCommonHeaders(page);
        else
            page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Swagger_and_the_jobs_dashboard_cannot_be_framed_either()
    {
        using var client = World.Anonymous();
        using var swagger = await client.GetAsync("/swagger/index.html");
        ShouldCarryTheCommonHeaders(swagger);
        using var jobs = await client.GetAsync("/hangfire");
        ShouldCarryTheCommonHeaders(jobs);
    }
}

public sealed class SecurityHeadersOnPostgres(SharedPostgres api) : SecurityHeadersTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class SecurityHeadersOnSqlite(SharedSqlite api) : SecurityHeadersTests(api.Factory), IClassFixture<SharedSqlite>;

/// <summary>Swagger:Enabled=false: the real Program on a throwaway SQLite database (no OpenAPI document to check answers against).</summary>
public sealed class SwaggerOffTests
{
    [Fact]
    public async Task Swagger_off_serves_neither_the_document_nor_the_ui_and_the_api_still_answers()
    {
        var directory = Directory.CreateTempSubdirectory("swc-swagger-off");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Testing")
            .UseSetting("Jwt:SigningKey", ApiFactory.SigningKey)
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(directory.FullName, "swagger-off.db")}")
            .UseSetting("Database:SeedDemoData", "false")
            .UseSetting("Hangfire:NightlyKpiCron", "0 0 31 2 *")
            .UseSetting("Hangfire:DailyCertificateCron", "0 0 31 2 *")
            .UseSetting("Swagger:Enabled", "false"));
        using var client = factory.CreateClient();
        (await client.GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
