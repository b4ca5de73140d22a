using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";
    /// <summary>Sign-in and token requests per client address per minute (password guessing, secret stuffing).</summary>
    public int AuthPerMinute { get; set; } = 30;
}

public static class RateLimitSetup
{
    public const string AuthPolicy = SocialWorkCloud.Application.Common.Endpoints.RateLimitPolicies.Auth;

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.AuthPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(ProblemDetailsExceptionHandler.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests,
                    "too-many-requests", TextCatalog.Get("too-many-requests")));
            };
        });
        return services;
    }
}
