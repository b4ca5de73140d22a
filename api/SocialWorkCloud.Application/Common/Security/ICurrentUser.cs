namespace SocialWorkCloud.Application.Common.Security;

/// <summary>Who is calling and where they belong. Resolved from the access token per request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    /// <summary>The user id, or the API client's id for a third-party system.</summary>
    Guid? UserId { get; }
    UserRole? Role { get; }
    bool IsApiClient { get; }
    /// <summary>The facility (tenant) the caller belongs to, if any.</summary>
    Guid? FacilityId { get; }
    /// <summary>The province the caller reads across (province officers, province-bound clients).</summary>
    Guid? ProvinceId { get; }
    bool IsPlatformAdmin { get; }
    /// <summary>The sign-in session of a user's access token (<c>sid</c>); null for API clients.</summary>
    Guid? SessionId => null;
    bool HasPermission(string permission);
}

public static class ClaimNames
{
    public const string Role = "role";
    public const string FacilityId = "facility_id";
    public const string ProvinceId = "province_id";
    public const string Scope = "scope";
    public const string ClientId = "client_id";
    public const string FamilyId = "fid";
    public const string SessionId = "sid";
}
