using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Mail;

/// <summary>
/// The web portal's address for links in e-mails: <see cref="MailOptions.PortalUrl"/>, else the address of the
/// current request (development and tests; Production refuses to start without PortalUrl, so that a forged
/// Host header can never point a reset link at someone else's site).
/// </summary>
public sealed class PortalAddress(IOptions<MailOptions> options, CurrentRequest http)
{
    public string Current()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PortalUrl)) return options.Value.PortalUrl.TrimEnd('/');
        var request = http.Http?.Request;
        return request is null ? "http://localhost:5080" : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}
