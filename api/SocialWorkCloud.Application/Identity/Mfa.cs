using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Identity;

public sealed class MfaOptions
{
    public const string Section = "Mfa";
    /// <summary>
    /// Platform admins and province officers must use MFA (they enrol at their next sign-in). On by default;
    /// Development, the demo and the test hosts may turn it off (Mfa__RequireForPrivilegedRoles=false) — Production refuses to start so.
    /// </summary>
    public bool RequireForPrivilegedRoles { get; set; } = true;
    /// <summary>The name authenticator apps show beside the account.</summary>
    public string Issuer { get; set; } = "SocialWorkCloud";
    /// <summary>How long the step after the password (the code, or the enrolment it requires) may take.</summary>
    public int ChallengeMinutes { get; set; } = 5;
    public int RecoveryCodeCount { get; set; } = 10;

    public static readonly IReadOnlyList<UserRole> PrivilegedRoles = [UserRole.PlatformAdmin, UserRole.ProvinceOfficer];
}

/// <summary>One recovery code of a user's MFA: stored hashed, spent once; a new set replaces the old one.</summary>
[GlobalEntity("Identity: read while signing in, before any tenant is known; belongs to a user.")]
public class MfaRecoveryCode
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string CodeHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>
/// A one-time ticket that opens the Hangfire dashboard: made by an authenticated API call, kept hashed in the
/// database (any replica can redeem it), good for a minute and once, and tied to the user and the session.
/// </summary>
[GlobalEntity("Redeemed by the dashboard before any tenant is known; belongs to a platform admin's session.")]
public class DashboardTicket
{
    public Guid Id { get; set; }
    public required string TicketHash { get; set; }
    public Guid UserId { get; set; }
    public Guid SessionId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RedeemedAt { get; set; }
}
