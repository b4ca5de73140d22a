using Microsoft.AspNetCore.Identity;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Identity;

[GlobalEntity("Identity: looked up by email at login before any tenant is known; listed through membership-scoped queries.")]
public class AppUser : IdentityUser<Guid>, IVersioned
{
    public required string FullName { get; set; }
    public UserRole Role { get; set; }
    /// <summary>The facility of facility admins, social workers and collaborators.</summary>
    public Guid? FacilityId { get; set; }
    /// <summary>The province of province officers.</summary>
    public Guid? ProvinceId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the last invitation was asked for; null for accounts made with a password (seeding, tests).</summary>
    public DateTimeOffset? InvitedAt { get; set; }
    /// <summary>The language the user reads the portal and its e-mails in: "vi" (default) or "en".</summary>
    public string Language { get; set; } = UserLanguages.Vietnamese;
    public Guid Version { get; set; }
    /// <summary>The authenticator secret (TOTP), protected with the data-protection keys; null without MFA.</summary>
    public string? MfaSecret { get; set; }
    /// <summary>When MFA was confirmed with a first code; null while off (a secret may be pending confirmation).</summary>
    public DateTimeOffset? MfaEnabledAt { get; set; }
    /// <summary>The last TOTP time step accepted: a code of that step or earlier is a replay.</summary>
    public long MfaLastStep { get; set; }

    public bool HasMfa => MfaEnabledAt is not null && MfaSecret is not null;

    /// <summary>Invited and not yet set a password: cannot sign in until the invitation is accepted.</summary>
    public bool IsInvitationPending => PasswordHash is null;
}

public static class UserLanguages
{
    public const string Vietnamese = "vi";
    public const string English = "en";
    public static readonly IReadOnlyList<string> All = [Vietnamese, English];
}

[GlobalEntity("Identity store table, reached only through its user.")]
public class AppUserClaim : IdentityUserClaim<Guid>;

[GlobalEntity("Identity store table, reached only through its user.")]
public class AppUserLogin : IdentityUserLogin<Guid>;

[GlobalEntity("Identity store table, reached only through its user.")]
public class AppUserToken : IdentityUserToken<Guid>;

/// <summary>
/// One refresh token of a rotation family. Tokens are stored hashed; presenting a token that was
/// already rotated away revokes its whole family (a stolen token gets one use at most).
/// </summary>
[GlobalEntity("Looked up by token hash before the caller is known; belongs to a user.")]
public class RefreshToken : IVersioned
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
    public Guid? ReplacedById { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A third-party system's credentials, bound to one facility or one province.</summary>
[GlobalEntity("Looked up by client id before the caller is known; managed through queries scoped to the binding facility or province.")]
public class ApiClient : IVersioned
{
    public Guid Id { get; set; }
    public required string ClientId { get; set; }
    public required string SecretHash { get; set; }
    public required string Name { get; set; }
    public Guid? FacilityId { get; set; }
    public Guid? ProvinceId { get; set; }
    /// <summary>Space-separated scopes: read, write.</summary>
    public required string Scopes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public Guid Version { get; set; }

    public bool IsProvinceBound => ProvinceId is not null && FacilityId is null;
}
