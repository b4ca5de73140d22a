using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RedisRateLimiting;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using StackExchange.Redis;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";
    /// <summary>Sign-in and token requests per client address per minute (password guessing, secret stuffing).</summary>
    public int AuthPerMinute { get; set; } = 30;
    /// <summary>Requests per minute of one API client (a third-party system with a client token), across every replica.</summary>
    public int ApiClientPerMinute { get; set; } = 600;
}

public sealed class RedisSettings
{
    public const string Section = "Redis";
    /// <summary>A StackExchange.Redis configuration ("redis:6379,abortConnect=false"): when set, the limits are counted in Redis, shared by every replica.</summary>
    public string? Configuration { get; set; }
}

/// <summary>
/// The sign-in limit (per client address) and the per-API-client limit. With <c>Redis:Configuration</c> the
/// counters live in Redis, so N replicas allow the limit once, not N times; without it they are in-process
/// (one replica, the embedded mode).
/// </summary>
public static class RateLimitSetup
{
    public const string AuthPolicy = SocialWorkCloud.Application.Common.Endpoints.RateLimitPolicies.Auth;

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        var redis = configuration.GetSection(RedisSettings.Section).Get<RedisSettings>() ?? new RedisSettings();
        // One multiplexer per process, connected lazily (abortConnect=false): Redis down at start is retried, not fatal.
        Lazy<IConnectionMultiplexer>? multiplexer = string.IsNullOrWhiteSpace(redis.Configuration) ? null : new(() =>
        {
            var options = ConfigurationOptions.Parse(redis.Configuration);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        if (multiplexer is not null) services.AddSingleton(_ => multiplexer.Value);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthPolicy, http => Fixed("auth:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), settings.AuthPerMinute, multiplexer));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.FindFirstValue(ClaimNames.ClientId) is { } clientId
                    ? Fixed("client:" + clientId, settings.ApiClientPerMinute, multiplexer)
                    : RateLimitPartition.GetNoLimiter("user"));
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(ProblemDetailsExceptionHandler.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests,
                    "too-many-requests", TextCatalog.Get("too-many-requests")));
            };
        });
        return services;
    }

    /// <summary>
    /// The limiter runs where a limit can apply: an endpoint with a policy (sign-in), or a caller that is an API client (the
    /// global limit). Everyone else's partition is the no-limiter, which always grants, so they skip the middleware (a state
    /// machine and a claim search per request; issue 19).
    /// </summary>
    public static IApplicationBuilder UseLimits(this IApplicationBuilder app) =>
        app.UseWhen(MayLimit, limited => limited.UseRateLimiter());

    public static bool MayLimit(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null
        || http.RequestServices.GetService<ICurrentUser>()?.IsApiClient == true;

    private static RateLimitPartition<string> Fixed(string key, int perMinute, Lazy<IConnectionMultiplexer>? redis) => redis is null
        ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
        : RedisRateLimitPartition.GetFixedWindowRateLimiter("swc:" + key, _ => new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis.Value,
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
        });
}
