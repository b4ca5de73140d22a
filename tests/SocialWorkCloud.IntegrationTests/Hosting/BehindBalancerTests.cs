using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Fundraising;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Hosting;

/// <summary>
/// A host behind a balancer at <see cref="Balancer"/> (ForwardedHeaders:KnownProxies). The test server has no TCP
/// peer, so a startup filter — first in the pipeline, before the forwarded-headers middleware — takes the peer
/// address from the test's own <c>X-Test-Peer</c> header.
/// </summary>
public sealed class BalancerApiFactory : SqliteApiFactory
{
    public const string Balancer = "10.0.0.1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", Balancer);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestPeerAddress>());
    }

    private sealed class TestPeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Peer", out var peer)) context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                return following(context);
            });
            next(app);
        };
    }
}

/// <summary>Issue 16: the client's address reaches the ledger only through a configured balancer; anyone else's X-Forwarded-For is ignored.</summary>
public sealed class BehindBalancerTests(BalancerApiFactory factory) : IClassFixture<BalancerApiFactory>
{
    [Fact]
    public async Task The_ledger_records_the_address_a_configured_balancer_forwards_and_the_peer_itself_for_anyone_else()
    {
        var world = factory.World;
        var facility = await world.NewFacilityAsync(world.Province1, FacilityType.PublicHospital, "BV Sau cân bằng tải");
        var head = $"head-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(head, UserRole.FacilityAdmin, facility, null);
        var campaign = (await FundraisingWorld.NewFundraisingAsync(world, facility)).Campaign;
        var client = await world.ClientForAsync(head);

        async Task<string?> ReceiptFromAsync(string peer)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/fundraising/campaigns/{campaign}/cash-receipts")
            {
                Content = JsonContent.Create(new { receivedOn = VietnamClock.Today(), amount = 200_000, method = "Cash", description = "Qua cân bằng tải" }),
            };
            request.Headers.Add("X-Test-Peer", peer);
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            var entry = await (await client.SendAsync(request)).ReadAsync<JsonElement>(HttpStatusCode.Created);
            return entry.GetProperty("recordedFromIp").GetString();
        }

        (await ReceiptFromAsync(BalancerApiFactory.Balancer)).ShouldBe("203.0.113.9");
        // Not a configured proxy: it could name any address, so its own address is recorded.
        (await ReceiptFromAsync("198.51.100.20")).ShouldBe("198.51.100.20");
    }
}

/// <summary>A host exporting its traces and metrics over OTLP/HTTP to a receiver in the test process.</summary>
public sealed class TelemetryApiFactory : SqliteApiFactory
{
    public OtlpReceiver Receiver { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", Receiver.Url);
        builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200");
        builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "500");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Receiver.Dispose();
    }
}

/// <summary>The smallest OTLP/HTTP collector: it keeps what each signal's path received (protobuf keeps strings as UTF-8).</summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Path, byte[] Body)> _received = [];

    public OtlpReceiver()
    {
        Url = $"http://127.0.0.1:{ApiProcess.FreePort()}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _ = Task.Run(ListenAsync);
    }

    public string Url { get; }


    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            lock (_received) _received.Add((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    /// <summary>Waits until a request to <paramref name="path"/> carries every one of <paramref name="texts"/>.</summary>
    public async Task<bool> WaitForAsync(string path, TimeSpan timeout, params string[] texts)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            List<byte[]> bodies;
            lock (_received) bodies = _received.Where(r => r.Path == path).Select(r => r.Body).ToList();
            if (bodies.Any(b => texts.All(t => b.AsSpan().IndexOf(Encoding.UTF8.GetBytes(t)) >= 0))) return true;
            await Task.Delay(200);
        }
        return false;
    }

    public void Dispose() => _listener.Close();
}

/// <summary>Issue 16: with OTEL_EXPORTER_OTLP_ENDPOINT set, request traces and the business counters leave over OTLP.</summary>
public sealed class TelemetryExportTests(TelemetryApiFactory factory) : IClassFixture<TelemetryApiFactory>
{
    [Fact]
    public async Task Traces_of_requests_and_the_sign_in_counter_are_exported_over_otlp()
    {
        var world = factory.World;
        var worker = $"otel-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(worker, UserRole.SocialWorker, world.HospitalA, null);
        var client = await world.ClientForAsync(worker); // a sign-in: counted by swc.logins
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await factory.Receiver.WaitForAsync("/v1/traces", TimeSpan.FromSeconds(60), "socialworkcloud-api", "/api/v1/me"))
            .ShouldBeTrue("no trace of GET /api/v1/me reached the OTLP receiver");
        (await factory.Receiver.WaitForAsync("/v1/metrics", TimeSpan.FromSeconds(60), "socialworkcloud-api", "swc.logins"))
            .ShouldBeTrue("the sign-in counter never reached the OTLP receiver");
    }
}
