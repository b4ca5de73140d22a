using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>
/// A host with endpoints of the tests' own under /api/edge-test (each with the metadata a case needs), chosen by a startup
/// filter before routing — routing leaves an endpoint already chosen — so they run through the whole real pipeline.
/// </summary>
public sealed class EdgeApiFactory : SqliteApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestEndpoints>());
    }

    private static Endpoint Answer(string name, RequestDelegate answer, params object[] metadata) => new(answer, new EndpointMetadataCollection(metadata), name);

    private static readonly Dictionary<string, Endpoint> Endpoints = new(StringComparer.Ordinal)
    {
        ["/api/edge-test/empty-409"] = Answer("empty 409", http => { http.Response.StatusCode = 409; return Task.CompletedTask; }),
        ["/api/edge-test/late-empty-409"] = Answer("late empty 409", async http => { await Task.Yield(); http.Response.StatusCode = 409; }),
        ["/api/edge-test/skipped-409"] = Answer("skipped 409", http => { http.Response.StatusCode = 409; return Task.CompletedTask; }, new SkipStatusCodePagesAttribute()),
        ["/api/edge-test/disabled-409"] = Answer("disabled 409", http =>
        {
            http.Features.Get<IStatusCodePagesFeature>()!.Enabled = false;
            http.Response.StatusCode = 409;
            return Task.CompletedTask;
        }),
        ["/api/edge-test/own-409"] = Answer("own 409", http =>
        {
            http.Response.StatusCode = 409;
            http.Response.ContentType = "text/plain";
            return http.Response.WriteAsync("our own");
        }),
        ["/api/edge-test/slow"] = Answer("slow", async http => await Task.Delay(Timeout.Infinite, http.RequestAborted)),
        ["/api/edge-test/slow-untimed"] = Answer("slow, timeout disabled", async http =>
        {
            http.Features.Get<IHttpRequestTimeoutFeature>()!.DisableTimeout();
            await Task.Delay(TimeSpan.FromSeconds(2), http.RequestAborted);
            await http.Response.WriteAsync("finished");
        }),
        ["/api/edge-test/slow-own-timeout"] = Answer("slow, own timeout", async http => await Task.Delay(Timeout.Infinite, http.RequestAborted), new RequestTimeoutAttribute(300)),
        ["/api/edge-test/timeout-feature"] = Answer("timeout feature", TimeoutFeature),
        ["/api/edge-test/timeout-feature-disabled"] = Answer("timeout feature, disabled", TimeoutFeature, new DisableRequestTimeoutAttribute()),
        ["/api/edge-test/signed-in"] = Answer("signed in", http => http.Response.WriteAsync("signed in"), new AuthorizeAttribute()),
        ["/api/edge-test/role"] = Answer("a role", http => http.Response.WriteAsync("in the role"), new AuthorizeAttribute { Roles = "no-such-role" }),
        ["/api/edge-test/peer"] = Answer("peer", http => http.Response.WriteAsync($"{http.Connection.RemoteIpAddress?.ToString() ?? "none"} {http.Request.Scheme}")),
    };

    private static Task TimeoutFeature(HttpContext http) =>
        http.Response.WriteAsync(http.Features.Get<IHttpRequestTimeoutFeature>() is { } feature
            ? $"timed {feature.RequestTimeoutToken.IsCancellationRequested} {http.RequestAborted.IsCancellationRequested}"
            : "untimed");

    private sealed class TestEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, following) =>
            {
                if (http.Request.Path.Value is { } path && Endpoints.TryGetValue(path, out var endpoint)) http.SetEndpoint(endpoint);
                return following(http);
            });
            next(app);
        };
    }
}

/// <summary>
/// The edge of the pipeline (issue 19 replaced ASP.NET Core's status-code pages, request timeouts, forwarded headers and the
/// signed-in authorization with cheaper middleware of ours): what a caller gets must not have changed.
/// </summary>
public sealed class EdgeMiddlewareTests(EdgeApiFactory factory) : IClassFixture<EdgeApiFactory>
{
    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        using var client = factory.CreateClient();
        var problem = await (await client.GetAsync("/api/v1/no-such-thing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("code").GetString().ShouldBe("not-found");
    }

    [Fact]
    public async Task A_method_the_route_does_not_take_is_a_405_problem()
    {
        using var client = factory.CreateClient();
        var response = await client.DeleteAsync("/api/v1/me");
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        problem.GetProperty("code").GetString().ShouldBe("http-405");
        response.Content.Headers.Allow.ShouldContain("GET");
    }

    [Theory]
    [InlineData("/api/edge-test/empty-409")]
    [InlineData("/api/edge-test/late-empty-409")]
    public async Task An_empty_error_answer_gets_the_problem_of_its_status(string path)
    {
        using var client = factory.CreateClient();
        var problem = await (await client.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("conflict");
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_caller_that_accepts_no_json_gets_the_plain_text_line()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/edge-test/empty-409");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/plain");
        (await response.Content.ReadAsStringAsync()).ShouldBe("Status Code: 409; Conflict" + new string(' ', 500));
    }

    [Theory]
    [InlineData("/api/edge-test/skipped-409")]
    [InlineData("/api/edge-test/disabled-409")]
    public async Task An_endpoint_that_opts_out_keeps_its_empty_answer(string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_error_answer_with_a_body_is_left_alone()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/edge-test/own-409");
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldBe("our own");
    }

    [Fact]
    public async Task A_request_past_the_timeout_is_a_503_problem_with_retry_after_and_the_next_requests_are_timed_afresh()
    {
        using var client = factory.CreateClient();
        using (ShortTimeout(TimeSpan.FromMilliseconds(500)))
        {
            for (var i = 0; i < 2; i++)
            {
                var response = await client.GetAsync("/api/edge-test/slow");
                var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
                problem.GetProperty("code").GetString().ShouldBe("request-timeout");
                response.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(5));
            }
            // A request that disables its timeout (IHttpRequestTimeoutFeature) runs past it.
            var untimed = await client.GetAsync("/api/edge-test/slow-untimed");
            untimed.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await untimed.Content.ReadAsStringAsync()).ShouldBe("finished");
        }
        // Every request in between had a deadline of its own, reset afterwards: none inherits a cancelled one.
        for (var i = 0; i < 5; i++) (await client.GetStringAsync("/api/edge-test/timeout-feature")).ShouldBe("timed False False");
    }

    [Fact]
    public async Task An_endpoint_with_a_timeout_of_its_own_or_none_is_timed_by_aspnet_core()
    {
        using var client = factory.CreateClient();
        (await client.GetStringAsync("/api/edge-test/timeout-feature-disabled")).ShouldBe("untimed");
        // [RequestTimeout(300)] names no policy: ASP.NET Core answers 504 without a body, which then becomes a problem.
        var problem = await (await client.GetAsync("/api/edge-test/slow-own-timeout")).ShouldBeProblemAsync(HttpStatusCode.GatewayTimeout);
        problem.GetProperty("code").GetString().ShouldBe("internal-error");
    }

    [Fact]
    public async Task A_signed_in_caller_passes_a_signed_in_endpoint_but_not_one_that_asks_for_a_role()
    {
        using var anonymous = factory.CreateClient();
        (await anonymous.GetAsync("/api/edge-test/signed-in")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var signedIn = factory.CreateClient();
        using (var checkedClient = await factory.World.ClientForAsync(TestWorld.AdminA))
            signedIn.DefaultRequestHeaders.Authorization = checkedClient.DefaultRequestHeaders.Authorization;
        (await signedIn.GetStringAsync("/api/edge-test/signed-in")).ShouldBe("signed in");
        await (await signedIn.GetAsync("/api/edge-test/role")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Forwarded_headers_apply_when_sent_and_nothing_changes_without_them()
    {
        // The test server has no TCP peer: the forwarded-headers middleware takes the forwarded address as the first hop's.
        using var client = factory.CreateClient();
        (await client.GetStringAsync("/api/edge-test/peer")).ShouldBe("none http");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/edge-test/peer");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        (await response.Content.ReadAsStringAsync()).ShouldBe("203.0.113.9 https");
    }

    /// <summary>The API's own timeout policy (status, body, Retry-After) with a shorter time, for this host only, until disposed.</summary>
    private IDisposable ShortTimeout(TimeSpan timeout)
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<RequestTimeoutOptions>>().CurrentValue;
        var configured = options.DefaultPolicy!;
        configured.Timeout.ShouldBe(TimeSpan.FromSeconds(600));
        options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = timeout, TimeoutStatusCode = configured.TimeoutStatusCode, WriteTimeoutResponse = configured.WriteTimeoutResponse,
        };
        return new Restore(() => options.DefaultPolicy = configured);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
