namespace SocialWorkCloud.Application.Common.Security;

/// <summary>The caller outside any request: design time, seeding, benchmarks. Holds no permission and no tenant.</summary>
public sealed class NobodySignedIn : ICurrentUser
{
    public bool IsAuthenticated => false;
    public Guid? UserId => null;
    public UserRole? Role => null;
    public bool IsApiClient => false;
    public Guid? FacilityId => null;
    public Guid? ProvinceId => null;
    public bool IsPlatformAdmin => false;
    public bool HasPermission(string permission) => false;
}
