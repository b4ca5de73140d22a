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
        app.UseForwardedHeaders();
        return app;
    }
}
