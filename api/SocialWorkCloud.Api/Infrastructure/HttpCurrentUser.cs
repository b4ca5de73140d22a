using System.Security.Claims;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>The caller as described by the validated access token. Outside a request (jobs) nobody is signed in.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => GuidClaim("sub");

    public UserRole? Role => Enum.TryParse<UserRole>(Principal?.FindFirstValue(ClaimNames.Role), out var role) && !IsApiClient ? role : null;

    public bool IsApiClient => IsAuthenticated && Principal?.FindFirst(ClaimNames.ClientId) is not null;

    public Guid? FacilityId => GuidClaim(ClaimNames.FacilityId);

    public Guid? ProvinceId => GuidClaim(ClaimNames.ProvinceId);

    public Guid? SessionId => GuidClaim(ClaimNames.SessionId);

    public bool IsPlatformAdmin => IsAuthenticated && Role == UserRole.PlatformAdmin;

    public bool HasPermission(string permission)
    {
        if (!IsAuthenticated) return false;
        if (IsApiClient)
        {
            var scopes = (Principal!.FindFirstValue(ClaimNames.Scope) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return RolePermissions.ForApiClient(FacilityId is null && ProvinceId is not null, scopes).Contains(permission);
        }
        return Role is { } role && RolePermissions.For(role).Contains(permission);
    }

    private Guid? GuidClaim(string type) =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(type), out var id) ? id : null;
}
