using System.Net;
using System.Net.Http.Json;
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
