using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.Channels;

namespace SocialWorkCloud.IntegrationTests.Webhooks;

/// <summary>An integrator's receiver on a free localhost port: records every delivery and answers with <see cref="StatusCode"/>.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    public sealed record Delivery(string Id, string Timestamp, string Signature, string Body);

    private readonly HttpListener _listener = new();
    private readonly Channel<Delivery> _next = Channel.CreateUnbounded<Delivery>();
    private readonly ConcurrentQueue<Delivery> _all = new();

    public WebhookReceiver(int statusCode = 204)
    {
        StatusCode = statusCode;
        var port = Infrastructure.ApiProcess.FreePort();
        Url = $"http://127.0.0.1:{port}/hooks";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(ListenAsync);
    }

    public string Url { get; }

    public int StatusCode { get; set; }

    public IReadOnlyCollection<Delivery> All => _all;

    public async Task<Delivery> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        return await _next.Reader.ReadAsync(cts.Token);
    }

    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var delivery = new Delivery(context.Request.Headers["webhook-id"] ?? "", context.Request.Headers["webhook-timestamp"] ?? "",
                context.Request.Headers["webhook-signature"] ?? "", await reader.ReadToEndAsync());
            _all.Enqueue(delivery);
            _next.Writer.TryWrite(delivery);
            context.Response.StatusCode = StatusCode;
            context.Response.Close();
        }
    }


    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}

/// <summary>A clock the test moves forward: a day of retries in a few steps.</summary>
internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
