using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;

namespace SocialWorkCloud.Application.Features.Webhooks;

/// <summary>
/// Where deliveries may go. In Production: https only, and never to a private, loopback, link-local or otherwise
/// internal address (SSRF) — checked on the resolved addresses when a subscription is saved, and again when each
/// delivery connects (<see cref="ConnectAsync"/>), so a name that later resolves inward is refused too.
/// Development and the tests may use http://localhost.
/// </summary>
public sealed class WebhookUrlPolicy(IHostEnvironment environment)
{
    public bool Strict => environment.IsProduction();

    public static bool IsWellFormed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Fragment);

    /// <summary>The refusal's code, or null when deliveries may go there.</summary>
    public async Task<string?> RefusalAsync(string url, CancellationToken ct)
    {
        if (!IsWellFormed(url)) return "webhook-url-invalid";
        if (!Strict) return null;
        var uri = new Uri(url);
        if (uri.Scheme != Uri.UriSchemeHttps) return "webhook-url-not-https";
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.DnsSafeHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.DnsSafeHost, ct);
        }
        catch (SocketException)
        {
            return "webhook-url-unresolvable";
        }
        if (addresses.Length == 0) return "webhook-url-unresolvable";
        return addresses.All(IsPublic) ? null : "webhook-url-private";
    }

    /// <summary>An address on the public internet (not private, loopback, link-local, carrier-grade NAT, multicast or reserved).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 10 || b[0] == 0 || b[0] == 127 || b[0] >= 224
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0));
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC);
        }
        return false;
    }

    /// <summary>The delivery client's connect step in Production: only public addresses of the name are dialled.</summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0) throw new HttpRequestException("webhook-url-private: " + host + " resolves to no public address");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
