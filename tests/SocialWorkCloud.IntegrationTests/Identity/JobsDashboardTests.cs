using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Identity;

public sealed record DashboardTicketWire(string Url, DateTimeOffset ExpiresAt);

/// <summary>
/// The Hangfire dashboard is reached with a one-time ticket, never a bearer token in the URL: the ticket becomes a
/// short-lived HttpOnly, SameSite=Strict, Secure cookie and the browser is sent on without it; the ticket works once,
/// and the cookie only while its session lives.
/// </summary>
public abstract class JobsDashboardTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<(HttpClient Api, string AccessToken)> NewPlatformAdminAsync()
    {
        var email = $"jobs-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.PlatformAdmin, null, null);
        using var anonymous = World.Anonymous();
        var signedIn = await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);
        var api = World.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.AccessToken);
        return (api, signedIn.AccessToken);
    }

    /// <summary>Opens the ticket's URL as a browser would; returns the cookie the answer sets (asserting the redirect).</summary>
    private async Task<string> RedeemAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/hangfire");
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("swc_dashboard=", StringComparison.Ordinal));
        setCookie.ShouldContain("httponly", Case.Insensitive);
        setCookie.ShouldContain("samesite=strict", Case.Insensitive);
        setCookie.ShouldContain("secure", Case.Insensitive); // outside Development
        setCookie.ShouldContain("path=/hangfire", Case.Insensitive);
        return setCookie.Split(';')[0];
    }

    private static async Task<HttpStatusCode> OpenAsync(HttpClient browser, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        if (cookie.Length > 0) request.Headers.Add("Cookie", cookie);
        using var response = await browser.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_ticket_opens_the_dashboard_once_through_a_cookie_that_ends_with_the_session()
    {
        var (api, _) = await NewPlatformAdminAsync();
        using var _1 = api;
        var ticket = await api.PostAsync<DashboardTicketWire>("/api/v1/jobs-dashboard/tickets", new { }, HttpStatusCode.OK);
        ticket.Url.ShouldStartWith("/hangfire?ticket=");
        ticket.ExpiresAt.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow.AddSeconds(61));

        using var browser = Browser();
        (await OpenAsync(browser, "")).ShouldBe(HttpStatusCode.Unauthorized);
        var cookie = await RedeemAsync(browser, ticket.Url);
        (await OpenAsync(browser, cookie)).ShouldBe(HttpStatusCode.OK);

        // Once only.
        (await browser.GetAsync(ticket.Url).ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("dashboard-ticket-invalid");
        // A forged cookie is nobody.
        (await OpenAsync(browser, cookie + "x")).ShouldBe(HttpStatusCode.Unauthorized);

        // Signing out ends the dashboard too.
        (await api.PostAsync("/api/v1/me/sign-out-everywhere", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await OpenAsync(browser, cookie)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_bearer_token_in_the_url_is_refused_and_so_is_an_expired_ticket_and_a_non_admin()
    {
        var (api, accessToken) = await NewPlatformAdminAsync();
        using var _1 = api;
        using var browser = Browser();
        (await browser.GetAsync("/hangfire?access_token=" + accessToken).ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("dashboard-bearer-refused");
        // Nor does a bearer header open it: the dashboard knows only its cookie.
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            (await browser.SendAsync(request)).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        }

        var ticket = await api.PostAsync<DashboardTicketWire>("/api/v1/jobs-dashboard/tickets", new { }, HttpStatusCode.OK);
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var past = DateTimeOffset.UtcNow.AddSeconds(-1);
            var hash = SocialWorkCloud.Application.Identity.TokenService.Hash(Uri.UnescapeDataString(ticket.Url["/hangfire?ticket=".Length..]));
            (await db.DashboardTickets.Where(t => t.TicketHash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, past))).ShouldBe(1);
        }
        (await browser.GetAsync(ticket.Url).ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("dashboard-ticket-invalid");
        (await browser.GetAsync("/hangfire?ticket=made-up").ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("dashboard-ticket-invalid");

        using var worker = await World.ClientForAsync(TestWorld.AdminA);
        (await worker.PostAsync("/api/v1/jobs-dashboard/tickets", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class JobsDashboardOnPostgres(SharedPostgres api) : JobsDashboardTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class JobsDashboardOnSqlite(SharedSqlite api) : JobsDashboardTests(api.Factory), IClassFixture<SharedSqlite>;
