using Microsoft.Net.Http.Headers;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class SwaggerSettings
{
    public const string Section = "Swagger";
    /// <summary>Serve the OpenAPI document and Swagger UI (/swagger). Default: on, except in Production.</summary>
    public bool? Enabled { get; set; }

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetSection(Section).Get<SwaggerSettings>()?.Enabled ?? !environment.IsProduction();
}

/// <summary>
/// Headers every response carries (OWASP ASVS 4 V14.4): the portal's strict Content-Security-Policy (scripts only
/// from the portal's own files, no inline script; inline styles because Mantine sets style attributes and its
/// CSS variables), no framing anywhere, nosniff, no referrer, no powerful browser features, and
/// <c>Cache-Control: no-store</c> on every API answer (they carry personal data). Set when the response starts,
/// so the precompressed files, the index.html fallback, errors and the 401 challenge all get them.
/// </summary>
public static class SecurityHeaders
{
    public const string PortalPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /// <summary>API answers are data, never a page: nothing may load from them.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    /// <summary>Swagger UI loads its own script files and sets inline styles.</summary>
    public const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    /// <summary>The Hangfire dashboard (platform admins) writes inline scripts of its own; it still may not be framed.</summary>
    public const string JobsPolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // The state overload with a static callback: no closure and delegate per request (issue 19).
        http.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var path = http.Request.Path;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.Remove(HeaderNames.Server);
            // The portal's hashed script, style and font files are subresources: a browser applies CSP, framing,
            // referrer and feature policies from the page that loads them, never from these answers. Sending the
            // page's ~700 bytes of policies with each of the dashboard's ~60 files cost 40 kB on the wire (issue 19).
            if (path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase) && http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
                return Task.CompletedTask;
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = ApiPolicy;
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            else if (path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = SwaggerPolicy;
            }
            else if (path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = JobsPolicy;
                headers.CacheControl = "no-store";
            }
            else
            {
                headers.ContentSecurityPolicy = PortalPolicy;
            }
            return Task.CompletedTask;
        }, http);
        return next(http);
    });
}
