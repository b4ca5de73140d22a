using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialWorkCloud.Application.Common.Auditing;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Mfa;

/// <summary>What enrolment shows: the QR code an authenticator app scans, its otpauth:// URI, and the secret for typing.</summary>
public sealed record MfaEnrolment(string Secret, string KeyUri, string QrCodeDataUri);

/// <summary>The step after the password: a code (or a recovery code), or — for an account that must have MFA and has none — enrolment.</summary>
public sealed record MfaChallenge(string Challenge, bool EnrolmentRequired, DateTimeOffset ExpiresAt);

/// <summary>
/// A user's MFA: whether it is required, the authenticator secret (kept protected with the data-protection keys,
/// which every replica shares through the database), code checks with replay refusal, and recovery codes (hashed, once each).
/// </summary>
public sealed class MfaAccounts(AppDbContext db, IDataProtectionProvider protection, IOptions<MfaOptions> options, TimeProvider clock, TenantScope tenant)
{
    private readonly IDataProtector _secrets = protection.CreateProtector("SocialWorkCloud.Mfa.Secret");
    private readonly ITimeLimitedDataProtector _challenges = protection.CreateProtector("SocialWorkCloud.Mfa.Challenge").ToTimeLimitedDataProtector();
    private MfaOptions O => options.Value;

    /// <summary>Required of platform admins and province officers (unless relaxed outside Production) and of every user of a facility that requires it.</summary>
    public async Task<bool> IsRequiredAsync(AppUser user, CancellationToken ct)
    {
        if (O.RequireForPrivilegedRoles && MfaOptions.PrivilegedRoles.Contains(user.Role)) return true;
        return user.FacilityId is { } f && await db.Facilities.AsNoTracking().AnyAsync(x => x.Id == f && x.RequireMfa, ct);
    }

    // ---- challenges ----

    private const string Verify = "verify";
    private const string Enrol = "enrol";

    /// <summary>The challenge a correct password earns: to be completed with a code, or with enrolment first.</summary>
    public MfaChallenge ChallengeFor(AppUser user, bool enrolmentRequired)
    {
        var expires = clock.GetUtcNow().AddMinutes(O.ChallengeMinutes);
        var payload = string.Join('|', user.Id, user.SecurityStamp, enrolmentRequired ? Enrol : Verify);
        return new MfaChallenge(_challenges.Protect(payload, expires), enrolmentRequired, expires);
    }

    /// <summary>The user a live challenge of the kind names (null: tampered, expired, of another kind, or the account changed since).</summary>
    public async Task<AppUser?> UserOfChallengeAsync(string challenge, bool enrolment, CancellationToken ct)
    {
        string payload;
        try
        {
            payload = _challenges.Unprotect(challenge, out var expires);
            if (expires < clock.GetUtcNow()) return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split('|');
        if (parts.Length != 3 || !Guid.TryParse(parts[0], out var userId) || parts[2] != (enrolment ? Enrol : Verify)) return null;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        // A new password (a new security stamp) or a closed account voids the challenge.
        return user is { IsActive: true } && string.Equals(user.SecurityStamp, parts[1], StringComparison.Ordinal) ? user : null;
    }

    // ---- secrets and codes ----

    /// <summary>Starts (or restarts) enrolment: a new secret, kept pending until a first code confirms it.</summary>
    public MfaEnrolment StartEnrolment(AppUser user)
    {
        var secret = Totp.NewSecret();
        user.MfaSecret = _secrets.Protect(Base32.Encode(secret));
        user.MfaEnabledAt = null;
        user.MfaLastStep = 0;
        var uri = Totp.KeyUri(O.Issuer, user.Email ?? user.UserName ?? user.Id.ToString(), secret);
        return new MfaEnrolment(Base32.Encode(secret), uri, QrCode(uri));
    }

    private static string QrCode(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        var png = new QRCoder.PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    private byte[]? SecretOf(AppUser user)
    {
        if (user.MfaSecret is null) return null;
        try
        {
            return Base32.Decode(_secrets.Unprotect(user.MfaSecret));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Confirms a pending enrolment with a first code: MFA is on from now. False for a wrong code.</summary>
    public bool TryConfirm(AppUser user, string code)
    {
        if (user.HasMfa || SecretOf(user) is not { } secret) return false;
        if (Totp.Match(secret, code, clock.GetUtcNow(), user.MfaLastStep) is not { } step) return false;
        user.MfaLastStep = step;
        user.MfaEnabledAt = clock.GetUtcNow();
        return true;
    }

    /// <summary>
    /// Checks a code of an active MFA and spends its time step: the step is moved on in one conditional update, so
    /// the same code presented twice (even at once, on two replicas) succeeds once.
    /// </summary>
    public async Task<bool> TryCodeAsync(AppUser user, string? code, CancellationToken ct)
    {
        if (!user.HasMfa || SecretOf(user) is not { } secret) return false;
        if (Totp.Match(secret, code, clock.GetUtcNow(), user.MfaLastStep) is not { } step) return false;
        var id = user.Id;
        var spent = await db.Users.Where(u => u.Id == id && u.MfaLastStep < step).ExecuteUpdateAsync(s => s.SetProperty(u => u.MfaLastStep, step), ct);
        if (spent == 1) user.MfaLastStep = step;
        return spent == 1;
    }

    public static void TurnOff(AppUser user)
    {
        user.MfaSecret = null;
        user.MfaEnabledAt = null;
        user.MfaLastStep = 0;
    }

    // ---- recovery codes ----

    private const string RecoveryAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

    /// <summary>A new set of recovery codes (the old set is void); returned once, stored hashed.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user, CancellationToken ct)
    {
        var id = user.Id;
        await db.MfaRecoveryCodes.Where(c => c.UserId == id).ExecuteDeleteAsync(ct);
        var codes = new List<string>();
        var now = clock.GetUtcNow();
        while (codes.Count < O.RecoveryCodeCount)
        {
            var raw = new string(RandomNumberGenerator.GetItems(RecoveryAlphabet.AsSpan(), 10));
            var code = raw[..5] + "-" + raw[5..];
            if (codes.Contains(code)) continue;
            codes.Add(code);
            db.MfaRecoveryCodes.Add(new MfaRecoveryCode { Id = Guid.NewGuid(), UserId = id, CodeHash = RecoveryHash(code), CreatedAt = now });
        }
        return codes;
    }

    /// <summary>Spends a recovery code (one conditional update: a code works once, even presented twice at once).</summary>
    public async Task<bool> TryRecoveryCodeAsync(AppUser user, string? code, CancellationToken ct)
    {
        if (!user.HasMfa || string.IsNullOrWhiteSpace(code)) return false;
        var id = user.Id;
        var hash = RecoveryHash(code);
        var now = clock.GetUtcNow();
        return await db.MfaRecoveryCodes.Where(c => c.UserId == id && c.CodeHash == hash && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct) == 1;
    }

    public Task<int> RecoveryCodesLeftAsync(Guid userId, CancellationToken ct) =>
        db.MfaRecoveryCodes.CountAsync(c => c.UserId == userId && c.UsedAt == null, ct);

    public Task ForgetRecoveryCodesAsync(Guid userId, CancellationToken ct) =>
        db.MfaRecoveryCodes.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);

    private static string RecoveryHash(string code)
    {
        var normal = code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("mfa-recovery:" + normal)));
    }

    // ---- audit ----

    /// <summary>
    /// Audits an MFA event of the user (as the user) and saves: in the user's facility's log, or — for platform admins
    /// and province officers, who belong to no facility — in the platform's log.
    /// </summary>
    public async Task AuditAsync(AppUser user, string action, CancellationToken ct, string? detail = null)
    {
        if (user.FacilityId is not { } facility)
        {
            db.AuditPlatform(new Actor(user), clock, action, "user", user.Id, detail);
            await db.SaveChangesAsync(ct);
            return;
        }
        using (tenant.Enter(facility))
        {
            db.Audit(new Actor(user), clock, action, "user", user.Id, detail);
            await db.SaveChangesAsync(ct);
        }
    }

    private sealed class Actor(AppUser user) : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public Guid? UserId => user.Id;
        public UserRole? Role => user.Role;
        public bool IsApiClient => false;
        public Guid? FacilityId => user.FacilityId;
        public Guid? ProvinceId => user.ProvinceId;
        public bool IsPlatformAdmin => user.Role == UserRole.PlatformAdmin;
        public bool HasPermission(string permission) => RolePermissions.GrantsOf(user.Role).Contains(permission);
    }
}
