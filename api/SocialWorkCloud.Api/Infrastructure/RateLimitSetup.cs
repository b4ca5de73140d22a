using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";
    /// <summary>Sign-in and token requests per client address per minute (password guessing, secret stuffing).</summary>
    public int AuthPerMinute { get; set; } = 30;
}

public static class RateLimitSetup
{
    public const string AuthPolicy = "auth";

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
                    "Quá nhiều yêu cầu / Too many requests.", "Vui lòng thử lại sau một phút. / Try again in a minute."));
            };
        });
        return services;
    }
}
