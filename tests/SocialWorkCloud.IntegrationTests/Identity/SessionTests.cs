using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Identity;

/// <summary>
/// Every way a session ends stops its live access tokens on the next request, not when they expire: each test
/// signs a fresh account in twice (two devices), ends the session(s) and sees the access tokens refused.
/// </summary>
public abstract class SessionTests(ApiFactory factory)
{
    private TestWorld World => factory.World;
    private const string NewPassword = "mùa xuân trên đồi chè";

    private async Task<(Guid Id, string Email)> NewWorkerAsync()
    {
        var email = $"session-{Guid.NewGuid():N}@test.vn";
        return (await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null), email);
    }

    private async Task<Tokens> SignInAsync(string email, string password = TestWorld.Password)
    {
        using var anonymous = World.Anonymous();
        return await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, password), HttpStatusCode.OK);
    }

    private HttpClient Bearer(Tokens tokens)
    {
        var client = World.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    private async Task<HttpStatusCode> MeAsync(Tokens tokens)
    {
        using var client = Bearer(tokens);
        using var response = await client.GetAsync("/api/v1/me");
        return response.StatusCode;
    }

    private async Task ShouldBeLiveAsync(params Tokens[] sessions)
    {
        foreach (var s in sessions) (await MeAsync(s)).ShouldBe(HttpStatusCode.OK);
    }

    private async Task ShouldBeEndedAsync(params Tokens[] sessions)
    {
        foreach (var s in sessions)
        {
            using var client = Bearer(s);
            (await client.GetAsync("/api/v1/me").ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("token-invalid");
        }
    }

    [Fact]
    public async Task Logout_stops_that_sessions_access_token_at_once_and_leaves_the_other_device_signed_in()
    {
        var (_, email) = await NewWorkerAsync();
        var phone = await SignInAsync(email);
        var desk = await SignInAsync(email);
        await ShouldBeLiveAsync(phone, desk); // both cached as live

        using var anonymous = World.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/logout", new Refresh(phone.RefreshToken))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeEndedAsync(phone);
        await ShouldBeLiveAsync(desk);
    }

    [Fact]
    public async Task Deactivation_stops_every_session_at_once()
    {
        var (id, email) = await NewWorkerAsync();
        var phone = await SignInAsync(email);
        var desk = await SignInAsync(email);
        await ShouldBeLiveAsync(phone, desk);

        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        await admin.PostAsync<UserItem>($"/api/v1/users/{id}/deactivate", new { }, HttpStatusCode.OK);

        await ShouldBeEndedAsync(phone, desk);
    }

    [Fact]
    public async Task A_password_change_stops_the_other_sessions_and_the_new_tokens_work()
    {
        var (_, email) = await NewWorkerAsync();
        var phone = await SignInAsync(email);
        var desk = await SignInAsync(email);
        await ShouldBeLiveAsync(phone, desk);

        using var client = Bearer(desk);
        var fresh = await client.PostAsync<Tokens>("/api/v1/me/password", new { currentPassword = TestWorld.Password, newPassword = NewPassword }, HttpStatusCode.OK);

        await ShouldBeEndedAsync(phone, desk);
        await ShouldBeLiveAsync(fresh);
    }

    [Fact]
    public async Task A_password_reset_stops_every_session()
    {
        var (_, email) = await NewWorkerAsync();
        var phone = await SignInAsync(email);
        await ShouldBeLiveAsync(phone);

        using var anonymous = World.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new ForgotPasswordRequest(email))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var token = TestMailbox.LinkToken(await TestMailbox.Instance.WaitForAsync(email), "reset-password");
        (await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new LinkPassword(token, NewPassword))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeEndedAsync(phone);
    }

    [Fact]
    public async Task A_role_change_stops_every_session()
    {
        var (id, email) = await NewWorkerAsync();
        var phone = await SignInAsync(email);
        await ShouldBeLiveAsync(phone);

        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        await admin.PutAsync<UserItem>($"/api/v1/users/{id}", new { fullName = "Cộng tác viên", role = "Collaborator" }, HttpStatusCode.OK);

        await ShouldBeEndedAsync(phone);
        (await MeAsync(await SignInAsync(email))).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admins_sign_out_everywhere_stops_every_session_and_the_person_can_sign_in_again()
    {
        var (id, email) = await NewWorkerAsync();
        var phone = await SignInAsync(email);
        var desk = await SignInAsync(email);
        await ShouldBeLiveAsync(phone, desk);

        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        (await admin.PostAsync($"/api/v1/users/{id}/sign-out-everywhere", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeEndedAsync(phone, desk);
        using var anonymous = World.Anonymous();
        await anonymous.PostJsonAsync("/api/v1/auth/refresh", new Refresh(desk.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
        await ShouldBeLiveAsync(await SignInAsync(email));
    }

    [Fact]
    public async Task Another_facilitys_admin_cannot_sign_someone_out()
    {
        var (id, email) = await NewWorkerAsync();
        var phone = await SignInAsync(email);
        using var admin = await World.ClientForAsync(TestWorld.AdminB);
        await admin.PostAsync($"/api/v1/users/{id}/sign-out-everywhere", null).ProblemAsync(HttpStatusCode.NotFound);
        await ShouldBeLiveAsync(phone);
    }

    [Fact]
    public async Task Signing_oneself_out_everywhere_stops_this_session_too()
    {
        var (_, email) = await NewWorkerAsync();
        var phone = await SignInAsync(email);
        var desk = await SignInAsync(email);
        using var client = Bearer(desk);
        (await client.PostAsync("/api/v1/me/sign-out-everywhere", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeEndedAsync(phone, desk);
    }

    [Fact]
    public async Task A_well_signed_token_naming_no_session_or_an_invented_one_is_refused()
    {
        var (id, _) = await NewWorkerAsync();
        foreach (var sid in new string?[] { null, Guid.NewGuid().ToString() })
        {
            var options = new JwtOptions();
            var claims = new List<Claim> { new("sub", id.ToString()), new(ClaimNames.Role, "SocialWorker"), new(ClaimNames.FacilityId, World.HospitalA.ToString()) };
            if (sid is not null) claims.Add(new Claim(ClaimNames.SessionId, sid));
            var token = new JwtSecurityTokenHandler().CreateEncodedJwt(new SecurityTokenDescriptor
            {
                Issuer = options.Issuer, Audience = options.Audience, Subject = new ClaimsIdentity(claims),
                Expires = DateTime.UtcNow.AddMinutes(10),
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ApiFactory.SigningKey)), SecurityAlgorithms.HmacSha256),
            });
            using var client = World.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await client.GetAsync("/api/v1/me").ProblemAsync(HttpStatusCode.Unauthorized);
        }
    }
}

public sealed class SessionsOnPostgres(SharedPostgres api) : SessionTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class SessionsOnSqlite(SharedSqlite api) : SessionTests(api.Factory), IClassFixture<SharedSqlite>;

/// <summary>Keys carry a kid; during a rotation a token signed by the retired key still validates, any other key does not.</summary>
public abstract class SigningKeyTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private async Task<HttpStatusCode> MeWithAsync(string token)
    {
        using var client = World.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/v1/me");
        return response.StatusCode;
    }

    private static string Resign(string token, string key)
    {
        var handler = new JwtSecurityTokenHandler { MapInboundClaims = false };
        var read = handler.ReadJwtToken(token);
        var claims = read.Claims.Where(c => c.Type is not ("iss" or "aud" or "exp" or "nbf" or "iat"));
        return handler.WriteToken(handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = read.Issuer, Audience = read.Audiences.Single(), Subject = new ClaimsIdentity(claims),
            NotBefore = DateTime.UtcNow.AddMinutes(-1), IssuedAt = DateTime.UtcNow.AddMinutes(-1), Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) { KeyId = JwtOptions.KeyIdOf(key) }, SecurityAlgorithms.HmacSha256),
        }));
    }

    [Fact]
    public async Task Tokens_name_the_current_key_and_one_signed_by_the_retired_key_still_works_during_the_rotation()
    {
        var email = $"rotation-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var anonymous = World.Anonymous();
        var tokens = await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);
        new JwtSecurityTokenHandler().ReadJwtToken(tokens.AccessToken).Header.Kid.ShouldBe(JwtOptions.KeyIdOf(ApiFactory.SigningKey));

        (await MeWithAsync(Resign(tokens.AccessToken, ApiFactory.PreviousSigningKey))).ShouldBe(HttpStatusCode.OK);
        (await MeWithAsync(Resign(tokens.AccessToken, "a-key-that-was-never-configured-on-this-server-0123456789"))).ShouldBe(HttpStatusCode.Unauthorized);
        (await MeWithAsync(Resign(tokens.AccessToken, JwtOptions.DevelopmentSigningKey))).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_its_signing_key_is_no_longer_configured()
    {
        var email = $"rotation-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var anonymous = World.Anonymous();
        var tokens = await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);
        var retired = Resign(tokens.AccessToken, ApiFactory.PreviousSigningKey);
        (await MeWithAsync(retired)).ShouldBe(HttpStatusCode.OK);
        factory.Services.GetRequiredService<ValidatedTokenCache>().Remembers(retired).ShouldBeTrue();

        // The rotation ends: the retired key is no longer configured (the shared host's keys, restored after).
        var bearer = factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var keys = bearer.TokenValidationParameters.IssuerSigningKeys;
        try
        {
            bearer.TokenValidationParameters.IssuerSigningKeys = keys.Where(k => k.KeyId == JwtOptions.KeyIdOf(ApiFactory.SigningKey)).ToList();
            (await MeWithAsync(retired)).ShouldBe(HttpStatusCode.Unauthorized);
            (await MeWithAsync(tokens.AccessToken)).ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            bearer.TokenValidationParameters.IssuerSigningKeys = keys;
        }
    }
}

public sealed class SigningKeysOnPostgres(SharedPostgres api) : SigningKeyTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class SigningKeysOnSqlite(SharedSqlite api) : SigningKeyTests(api.Factory), IClassFixture<SharedSqlite>;
