namespace SocialWorkCloud.Application.Mail;

/// <summary>One e-mail ready to leave: its recipient, subject and the same message as HTML and plain text.</summary>
public sealed record OutgoingMail(string To, string? ToName, string Subject, string Html, string Text);

/// <summary>
/// Where mail leaves the application: an SMTP server (<see cref="SmtpMailTransport"/>), or .eml files in a
/// folder when none is configured (<see cref="PickupDirectoryMailTransport"/>). Called from background jobs
/// only, never from a request: a slow or failing server must not hold up the request that caused the mail.
/// </summary>
public interface IMailTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>The <c>Email</c> settings (<c>Email__Smtp__Host</c>, <c>Email__From</c>, …).</summary>
public sealed class MailOptions
{
    public const string Section = "Email";

    /// <summary>The sender, "Name &lt;address&gt;" or an address.</summary>
    public string From { get; set; } = "SocialWorkCloud <no-reply@socialworkcloud.local>";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Where messages are written as .eml files when no SMTP host is configured.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("data", "mail");

    /// <summary>
    /// The web portal's address that links in messages point to (https://swc.example.vn). Required in
    /// Production; elsewhere the address of the request that caused the message is used.
    /// </summary>
    public string? PortalUrl { get; set; }

    public bool HasSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>TLS: implicit on port 465, STARTTLS otherwise. Off only for a local relay or a test server.</summary>
    public bool UseTls { get; set; } = true;
}
