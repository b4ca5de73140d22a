using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SocialWorkCloud.Application.Mail;

internal static class MimeMessages
{
    public static MimeMessage From(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(new MailboxAddress(mail.ToName ?? string.Empty, mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { HtmlBody = mail.Html, TextBody = mail.Text }.ToMessageBody();
        return message;
    }
}

/// <summary>Sends through the configured SMTP server with MailKit; a failure throws, and the job that called it is retried.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options, ILogger<SmtpMailTransport> logger) : IMailTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = MimeMessages.From(mail, settings);
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = !settings.Smtp.UseTls ? SecureSocketOptions.None
            : settings.Smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.User))
        {
            await client.AuthenticateAsync(settings.Smtp.User, settings.Smtp.Password ?? string.Empty, cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Mail '{Subject}' sent to {Recipient} through {Host}", mail.Subject, mail.To, settings.Smtp.Host);
    }
}

/// <summary>
/// No SMTP server configured (a developer's machine, <c>./run.sh</c>, the e2e run): each message becomes an
/// .eml file in <see cref="MailOptions.PickupDirectory"/>, to open in any mail program.
/// </summary>
public sealed class PickupDirectoryMailTransport(IOptions<MailOptions> options, TimeProvider clock, ILogger<PickupDirectoryMailTransport> logger) : IMailTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = Path.GetFullPath(settings.PickupDirectory);
        Directory.CreateDirectory(folder);
        using var message = MimeMessages.From(mail, settings);
        var path = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        // Written under a temporary name and moved, so a reader never sees half a message.
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path);
        logger.LogInformation("No SMTP server configured: mail '{Subject}' to {Recipient} written to {Path}", mail.Subject, mail.To, path);
    }
}
