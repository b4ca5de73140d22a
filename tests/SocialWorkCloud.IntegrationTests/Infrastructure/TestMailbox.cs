using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) that every test API sends its mail to
/// (<see cref="ApiFactory"/> sets Email:Smtp:Host/Port), keeping what it receives. Tests wait for the messages
/// to their own recipients, so parallel classes never read each other's mail.
/// </summary>
public sealed class TestMailbox : MessageStore
{
    public static TestMailbox Instance { get; } = Start();

    private readonly ConcurrentQueue<MimeMessage> _received = new();

    public int Port { get; private set; }

    private static TestMailbox Start()
    {
        var mailbox = new TestMailbox();
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        mailbox.Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, mailbox.Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(mailbox);
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(CancellationToken.None);
        return mailbox;
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        _received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
        return SmtpResponse.Ok;
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        _received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits (background job, then SMTP) until <paramref name="address"/> has received <paramref name="count"/> messages, and returns the last.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var messages = To(address);
            if (messages.Count >= count) return messages[^1];
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{address} received {messages.Count} of {count} messages.");
            await Task.Delay(100);
        }
    }

    /// <summary>The token of the (only) account link in a message, read from its plain-text part.</summary>
    public static string LinkToken(MimeMessage message, string page)
    {
        var match = Regex.Match(message.TextBody ?? string.Empty, $@"/{page}\?token=(\S+)");
        match.Success.ShouldBeTrue($"no /{page} link in: {message.TextBody}");
        return Uri.UnescapeDataString(match.Groups[1].Value);
    }
}
