using Microsoft.Extensions.Options;

namespace SocialWorkCloud.Application.Mail;

/// <summary>
/// The web portal's address for links in e-mails: <see cref="MailOptions.PortalUrl"/>, else the address of the
/// current request (development and tests; Production refuses to start without PortalUrl, so that a forged
/// Host header can never point a reset link at someone else's site).
/// </summary>
public sealed class PortalAddress(IOptions<MailOptions> options, IHttpContextAccessor http)
{
    public string Current()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PortalUrl)) return options.Value.PortalUrl.TrimEnd('/');
        var request = http.HttpContext?.Request;
        return request is null ? "http://localhost:5080" : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}
