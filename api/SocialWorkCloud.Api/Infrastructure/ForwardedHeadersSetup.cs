using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";
    /// <summary>Addresses of the load balancers / ingress controllers whose X-Forwarded-For/-Proto are believed (besides loopback).</summary>
    public string[] KnownProxies { get; set; } = [];
    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8 for a cluster's pod network) whose forwarded headers are believed.</summary>
    public string[] KnownNetworks { get; set; } = [];
    /// <summary>How many proxies in a row may append to X-Forwarded-For (a CDN in front of the ingress makes 2).</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>
/// Behind a balancer the TCP peer is the balancer: the client's address comes from X-Forwarded-For, but only
/// when the peer is a configured proxy — anyone else could name any address and dodge the sign-in limit or
/// forge the audit log. The real address then reaches rate limiting, the audit log and the ledger
/// (<see cref="HttpRequestOrigin"/> reads the rewritten RemoteIpAddress).
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = settings.ForwardLimit;
            // Loopback stays trusted (the default): a balancer on the same machine (the compose file's nginx, the scale-out test).
            foreach (var proxy in settings.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in settings.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        app.UseMiddleware<TrustedProxies>();
        return app;
    }
}

/// <summary>
/// ASP.NET Core's forwarded-headers middleware, run only for a request that carries one of the headers it reads. On any other
/// request it changes nothing (no entries, nothing to apply), yet it allocated per request (issue 19: the entries' array and
/// the peer's end point, about 0.1 kB), and most requests reach a replica with none: every request when no balancer is in front.
/// </summary>
public sealed class TrustedProxies
{
    private readonly RequestDelegate _next;
    private readonly ForwardedHeadersMiddleware _full;
    private readonly string[] _headers;

    public TrustedProxies(RequestDelegate next, ILoggerFactory loggers, Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions> options)
    {
        _next = next;
        _full = new ForwardedHeadersMiddleware(next, loggers, options);
        var o = options.Value;
        _headers = new (ForwardedHeaders Flag, string Name)[]
            {
                (ForwardedHeaders.XForwardedFor, o.ForwardedForHeaderName), (ForwardedHeaders.XForwardedProto, o.ForwardedProtoHeaderName),
                (ForwardedHeaders.XForwardedHost, o.ForwardedHostHeaderName), (ForwardedHeaders.XForwardedPrefix, o.ForwardedPrefixHeaderName),
            }
            .Where(h => o.ForwardedHeaders.HasFlag(h.Flag)).Select(h => h.Name).ToArray();
    }

    public Task Invoke(HttpContext http)
    {
        var headers = http.Request.Headers;
        foreach (var name in _headers)
        {
            if (headers.ContainsKey(name)) return _full.Invoke(http);
        }
        return _next(http);
    }
}
