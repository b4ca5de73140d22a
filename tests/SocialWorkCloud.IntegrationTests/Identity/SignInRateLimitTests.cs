using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Identity;

/// <summary>An API with a sign-in limit of 5 a minute, on its own SQLite database.</summary>
public sealed class RateLimitedApiFactory : SqliteApiFactory
{
    protected override int AuthPerMinute => 5;
}

public sealed class SignInRateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task Repeated_sign_ins_from_one_address_get_429_problem_details()
    {
        using var client = factory.World.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "guess@test.vn", password = $"guess-{i}" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
                response.Headers.RetryAfter.ShouldNotBeNull();
            }
        }
        // TestWorld signed nobody in; the first five are judged on their credentials, the rest refused unread.
        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses.Skip(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        // Other endpoints are not limited by it.
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>An API whose API clients may make 3 requests a minute, on its own SQLite database.</summary>
public sealed class ApiClientLimitedApiFactory : SqliteApiFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:ApiClientPerMinute", "3");
    }
}

/// <summary>
/// The per-client limit still holds now that only requests a limit can apply to pass through the limiter (issue 19):
/// an API client's fourth request in a minute is refused, a signed-in user's requests never are.
/// </summary>
public sealed class ApiClientRateLimitTests(ApiClientLimitedApiFactory factory) : IClassFixture<ApiClientLimitedApiFactory>
{
    [Fact]
    public async Task An_api_client_is_limited_and_a_user_is_not()
    {
        using var client = factory.World.Anonymous();
        var token = await ApiClientTokens.RequestAsync(client, factory.World.ClientIdA, TestWorld.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.GetAsync($"/api/v1/facilities/{factory.World.HospitalA}/kpis")).StatusCode);
        statuses.Take(3).ShouldNotContain(HttpStatusCode.TooManyRequests);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        var refused = await client.GetAsync($"/api/v1/facilities/{factory.World.HospitalA}/kpis");
        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);

        using var user = await factory.World.ClientForAsync(TestWorld.AdminA);
        for (var i = 0; i < 6; i++) (await user.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void The_signed_in_authorization_shortcut_is_live_in_the_host()
    {
        factory.Services.GetRequiredService<Microsoft.AspNetCore.Authorization.Policy.IPolicyEvaluator>().ShouldBeOfType<SignedInPolicyEvaluator>();
        SignedInPolicyEvaluator.OnlyBuiltInAuthorization(factory.Services).ShouldBeTrue();
    }
}
