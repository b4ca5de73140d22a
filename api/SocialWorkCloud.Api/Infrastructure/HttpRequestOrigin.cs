using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class HttpRequestOrigin(IHttpContextAccessor accessor) : IRequestOrigin
{
    public string? Address => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
