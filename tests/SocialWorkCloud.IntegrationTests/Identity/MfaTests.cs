using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Identity;

public sealed record MfaChallengeWire(string Challenge, bool EnrolmentRequired, DateTimeOffset ExpiresAt);
public sealed record SignIn(string? AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt, MfaChallengeWire? Mfa, List<string>? RecoveryCodes);
public sealed record MfaEnrolmentWire(string Secret, string KeyUri, string QrCodeDataUri);
public sealed record MfaStatusWire(bool Enabled, bool Required, DateTimeOffset? EnabledAt, int RecoveryCodesLeft);
public sealed record RecoveryCodesWire(List<string> Codes);
public sealed record FacilityMfaWire(Guid FacilityId, bool Required, int ActiveUsers, int UsersWithoutMfa);

/// <summary>
/// Two-step sign-in through HTTP: enrolment (inactive until a code confirms it), a sign-in that earns a challenge and
/// completes with a code, replays refused, recovery codes working once, wrong codes throttled, a facility's
/// requirement, and (in a host with the production default) the requirement for platform admins and province officers.
/// </summary>
public abstract class MfaTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private static string CodeAt(string secret, int stepsAhead = 0) =>
        Totp.Code(Base32.Decode(secret), Totp.StepAt(DateTimeOffset.UtcNow) + stepsAhead);

    private async Task<string> NewUserAsync(UserRole role = UserRole.SocialWorker, Guid? facility = null)
    {
        var email = $"mfa-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, role, role is UserRole.PlatformAdmin or UserRole.ProvinceOfficer ? null : facility ?? World.HospitalA,
            role == UserRole.ProvinceOfficer ? World.Province1 : null);
        return email;
    }

    private static async Task<SignIn> LoginAsync(HttpClient anonymous, string email) =>
        await anonymous.PostAsync<Login, SignIn>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);

    private HttpClient Bearer(string accessToken)
    {
        var client = World.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Signs in (no MFA yet), enrols and confirms; returns the secret, the recovery codes and the signed-in client.</summary>
    private async Task<(string Secret, List<string> Codes, HttpClient Client)> EnrolledAsync(string email)
    {
        using var anonymous = World.Anonymous();
        var first = await LoginAsync(anonymous, email);
        var client = Bearer(first.AccessToken!);
        var enrolment = await client.PostAsync<MfaEnrolmentWire>("/api/v1/me/mfa/enrolment", new { }, HttpStatusCode.OK);
        var codes = await client.PostAsync<RecoveryCodesWire>("/api/v1/me/mfa/enrolment/confirm", new { code = CodeAt(enrolment.Secret) }, HttpStatusCode.OK);
        return (enrolment.Secret, codes.Codes, client);
    }

    [Fact]
    public async Task Enrolment_is_inactive_until_a_code_confirms_it_then_sign_in_needs_a_code_and_the_same_code_is_refused_twice()
    {
        var email = await NewUserAsync();
        using var anonymous = World.Anonymous();
        var first = await LoginAsync(anonymous, email);
        first.AccessToken.ShouldNotBeNull();
        first.Mfa.ShouldBeNull();
        using var client = Bearer(first.AccessToken);

        var enrolment = await client.PostAsync<MfaEnrolmentWire>("/api/v1/me/mfa/enrolment", new { }, HttpStatusCode.OK);
        enrolment.KeyUri.ShouldStartWith("otpauth://totp/");
        enrolment.KeyUri.ShouldContain("secret=" + enrolment.Secret);
        enrolment.QrCodeDataUri.ShouldStartWith("data:image/png;base64,");
        Base32.Decode(enrolment.Secret).Length.ShouldBe(Totp.SecretBytes);
        // Not active yet: the password alone still signs in.
        (await client.GetAsync<MfaStatusWire>("/api/v1/me/mfa")).Enabled.ShouldBeFalse();
        (await LoginAsync(anonymous, email)).AccessToken.ShouldNotBeNull();

        var wrong = CodeAt(enrolment.Secret) == "000000" ? "111111" : "000000";
        (await client.PostAsJsonAsync("/api/v1/me/mfa/enrolment/confirm", new { code = wrong }).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("mfa-code-invalid");
        var codes = await client.PostAsync<RecoveryCodesWire>("/api/v1/me/mfa/enrolment/confirm", new { code = CodeAt(enrolment.Secret) }, HttpStatusCode.OK);
        codes.Codes.Count.ShouldBe(10);
        codes.Codes.Distinct().Count().ShouldBe(10);
        var status = await client.GetAsync<MfaStatusWire>("/api/v1/me/mfa");
        status.Enabled.ShouldBeTrue();
        status.RecoveryCodesLeft.ShouldBe(10);

        // The password now earns a challenge, not tokens.
        var challenged = await LoginAsync(anonymous, email);
        challenged.AccessToken.ShouldBeNull();
        challenged.RefreshToken.ShouldBeNull();
        challenged.Mfa.ShouldNotBeNull();
        challenged.Mfa.EnrolmentRequired.ShouldBeFalse();
        // A challenge is no access token.
        using (var withChallenge = Bearer(challenged.Mfa.Challenge))
        {
            (await withChallenge.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        // The confirmation spent the current step: the next one is in the window and not yet used.
        var code = CodeAt(enrolment.Secret, 1);
        var signedIn = await anonymous.PostAsync<SignIn>("/api/v1/auth/mfa", new { challenge = challenged.Mfa.Challenge, code }, HttpStatusCode.OK);
        signedIn.AccessToken.ShouldNotBeNull();
        using (var second = Bearer(signedIn.AccessToken)) (await second.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The same code again, on a fresh challenge: a replay.
        var again = await LoginAsync(anonymous, email);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/mfa", new { challenge = again.Mfa!.Challenge, code }).ProblemAsync(HttpStatusCode.Unauthorized))
            .Code.ShouldBe("mfa-code-invalid");
        // A tampered challenge is refused as such.
        (await anonymous.PostAsJsonAsync("/api/v1/auth/mfa", new { challenge = again.Mfa.Challenge + "x", code = CodeAt(enrolment.Secret, 1) })
            .ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("mfa-challenge-invalid");
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_ends_the_other_sessions_and_is_audited()
    {
        var email = await NewUserAsync();
        var (_, codes, enrolledClient) = await EnrolledAsync(email);
        using var _1 = enrolledClient;
        (await enrolledClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = World.Anonymous();
        var challenge = (await LoginAsync(anonymous, email)).Mfa!.Challenge;
        var recovered = await anonymous.PostAsync<SignIn>("/api/v1/auth/mfa", new { challenge, recoveryCode = codes[3].ToLowerInvariant() }, HttpStatusCode.OK);
        recovered.AccessToken.ShouldNotBeNull();
        // The device signed in before (maybe the lost phone) is signed out.
        (await enrolledClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var client = Bearer(recovered.AccessToken);
        (await client.GetAsync<MfaStatusWire>("/api/v1/me/mfa")).RecoveryCodesLeft.ShouldBe(9);

        var challenge2 = (await LoginAsync(anonymous, email)).Mfa!.Challenge;
        (await anonymous.PostAsJsonAsync("/api/v1/auth/mfa", new { challenge = challenge2, recoveryCode = codes[3] }).ProblemAsync(HttpStatusCode.Unauthorized))
            .Code.ShouldBe("mfa-code-invalid");
        // A code and a recovery code together is malformed.
        (await anonymous.PostAsJsonAsync("/api/v1/auth/mfa", new { challenge = challenge2, code = "123456", recoveryCode = codes[4] })
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors.ShouldContainKey("code");

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var actions = await db.AuditEntries.IgnoreTenant().Where(a => a.EntityId == userId).Select(a => a.Action).ToListAsync();
        actions.ShouldContain("user.mfa-enabled");
        actions.ShouldContain("user.mfa-recovery-code-used");
    }

    [Fact]
    public async Task Wrong_codes_count_in_the_sign_in_throttle_and_a_right_password_does_not_reset_the_count()
    {
        var email = await NewUserAsync();
        var (secret, _, enrolled) = await EnrolledAsync(email);
        enrolled.Dispose();
        using var anonymous = World.Anonymous();
        var wrong = CodeAt(secret, 1) == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            // A fresh challenge each time: the password is right, the count goes on.
            var challenge = (await LoginAsync(anonymous, email)).Mfa!.Challenge;
            (await anonymous.PostAsJsonAsync("/api/v1/auth/mfa", new { challenge, code = wrong }).ProblemAsync(HttpStatusCode.Unauthorized))
                .Code.ShouldBe("mfa-code-invalid");
        }
        // The fifth failure starts the wait (30 s in the test host): even the right code waits now.
        using var refused = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new Login(email, TestWorld.Password));
        (await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests)).Code.ShouldBe("sign-in-throttled");
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_facility_admin_requires_mfa_users_enrol_at_sign_in_and_cannot_turn_it_off_until_the_requirement_is_lifted()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện MFA");
        using var admin = await tenant.AdminAsync();
        using (var worker = await tenant.WorkerAsync())
        {
            (await worker.PutAsJsonAsync("/api/v1/facility-mfa-requirement", new { required = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        var before = await admin.GetAsync<FacilityMfaWire>("/api/v1/facility-mfa-requirement");
        before.Required.ShouldBeFalse();
        before.FacilityId.ShouldBe(tenant.HospitalId);
        using var liveWorker = await tenant.WorkerAsync();
        (await liveWorker.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await admin.PutAsync<FacilityMfaWire>("/api/v1/facility-mfa-requirement", new { required = true }, HttpStatusCode.OK);
        after.Required.ShouldBeTrue();
        after.UsersWithoutMfa.ShouldBe(after.ActiveUsers);
        // A session on a password alone stops at once (the worker enrols at the next sign-in); the admin's own goes on.
        (await liveWorker.GetAsync("/api/v1/me").ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("token-invalid");
        (await admin.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = World.Anonymous();
        var challenged = await LoginAsync(anonymous, tenant.CollaboratorEmail);
        challenged.AccessToken.ShouldBeNull();
        challenged.Mfa!.EnrolmentRequired.ShouldBeTrue();
        // The enrolment challenge is no code challenge.
        (await anonymous.PostAsJsonAsync("/api/v1/auth/mfa", new { challenge = challenged.Mfa.Challenge, code = "123456" })
            .ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("mfa-challenge-invalid");
        var enrolment = await anonymous.PostAsync<MfaEnrolmentWire>("/api/v1/auth/mfa/enrolment", new { challenge = challenged.Mfa.Challenge }, HttpStatusCode.OK);
        var done = await anonymous.PostAsync<SignIn>("/api/v1/auth/mfa/enrolment/confirm",
            new { challenge = challenged.Mfa.Challenge, code = CodeAt(enrolment.Secret) }, HttpStatusCode.OK);
        done.AccessToken.ShouldNotBeNull();
        done.RecoveryCodes!.Count.ShouldBe(10);
        using var collaborator = Bearer(done.AccessToken);
        var status = await collaborator.GetAsync<MfaStatusWire>("/api/v1/me/mfa");
        status.ShouldBe(status with { Enabled = true, Required = true, RecoveryCodesLeft = 10 });
        (await collaborator.PostAsJsonAsync("/api/v1/me/mfa/disable", new { password = TestWorld.Password }).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("mfa-required");

        // Lifted: MFA may be turned off (with the password), and the password alone signs in again.
        (await admin.PutAsync<FacilityMfaWire>("/api/v1/facility-mfa-requirement", new { required = false }, HttpStatusCode.OK)).Required.ShouldBeFalse();
        (await collaborator.PostAsJsonAsync("/api/v1/me/mfa/disable", new { password = "not the password" }).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("mfa-proof-invalid");
        (await collaborator.PostAsJsonAsync("/api/v1/me/mfa/disable", new { password = TestWorld.Password })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await LoginAsync(anonymous, tenant.CollaboratorEmail)).AccessToken.ShouldNotBeNull();
    }

    [Fact]
    public async Task Regenerated_recovery_codes_replace_the_old_ones()
    {
        var email = await NewUserAsync();
        var (secret, oldCodes, client) = await EnrolledAsync(email);
        using var _1 = client;
        var fresh = await client.PostAsync<RecoveryCodesWire>("/api/v1/me/mfa/recovery-codes", new { code = CodeAt(secret, 1) }, HttpStatusCode.OK);
        fresh.Codes.Count.ShouldBe(10);
        fresh.Codes.ShouldNotContain(oldCodes[0]);
        using var anonymous = World.Anonymous();
        var challenge = (await LoginAsync(anonymous, email)).Mfa!.Challenge;
        (await anonymous.PostAsJsonAsync("/api/v1/auth/mfa", new { challenge, recoveryCode = oldCodes[0] }).ProblemAsync(HttpStatusCode.Unauthorized))
            .Code.ShouldBe("mfa-code-invalid");
        (await anonymous.PostAsync<SignIn>("/api/v1/auth/mfa", new { challenge, recoveryCode = fresh.Codes[0] }, HttpStatusCode.OK)).AccessToken.ShouldNotBeNull();
    }

    [Fact]
    public async Task With_the_production_default_platform_admins_and_province_officers_must_enrol_before_they_get_tokens()
    {
        using var enforcing = factory.WithWebHostBuilder(b => b
            .UseSetting("Mfa:RequireForPrivilegedRoles", "true")
            .UseSetting("Hangfire:RunServer", "false"));
        await enforcing.Services.GetRequiredService<SocialWorkCloud.Api.Infrastructure.DatabaseStartupGate>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        using var anonymous = enforcing.CreateClient();
        var worker = await NewUserAsync();
        foreach (var role in new[] { UserRole.PlatformAdmin, UserRole.ProvinceOfficer })
        {
            var email = await NewUserAsync(role);
            var challenged = await LoginAsync(anonymous, email);
            challenged.AccessToken.ShouldBeNull(role.ToString());
            challenged.Mfa!.EnrolmentRequired.ShouldBeTrue();
            var enrolment = await anonymous.PostAsync<MfaEnrolmentWire>("/api/v1/auth/mfa/enrolment", new { challenge = challenged.Mfa.Challenge }, HttpStatusCode.OK);
            var done = await anonymous.PostAsync<SignIn>("/api/v1/auth/mfa/enrolment/confirm",
                new { challenge = challenged.Mfa.Challenge, code = CodeAt(enrolment.Secret) }, HttpStatusCode.OK);
            using var client = enforcing.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", done.AccessToken);
            (await client.GetAsync<MfaStatusWire>("/api/v1/me/mfa")).Required.ShouldBeTrue();
            (await client.PostAsJsonAsync("/api/v1/me/mfa/disable", new { password = TestWorld.Password }).ProblemAsync(HttpStatusCode.UnprocessableEntity))
                .Code.ShouldBe("mfa-required");
            // They belong to no facility: their enrolment is in the platform's audit log.
            await using var scope = factory.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            (await db.PlatformAuditEntries.CountAsync(a => a.EntityId == userId && a.Action == "user.mfa-enabled")).ShouldBe(1);
        }
        // Optional for the others.
        (await LoginAsync(anonymous, worker)).AccessToken.ShouldNotBeNull();
    }
}

public sealed class MfaOnPostgres(SharedPostgres api) : MfaTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class MfaOnSqlite(SharedSqlite api) : MfaTests(api.Factory), IClassFixture<SharedSqlite>;
