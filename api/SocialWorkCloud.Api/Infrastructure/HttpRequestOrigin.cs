using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Api.Infrastructure;

public sealed class HttpRequestOrigin(CurrentRequest request) : IRequestOrigin
{
    public string? Address => request.Http?.Connection.RemoteIpAddress?.ToString();
}
