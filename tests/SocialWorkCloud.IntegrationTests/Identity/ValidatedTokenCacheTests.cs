using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Identity;

/// <summary>
/// A validated access token is remembered (issue 19), and everything that refused it before still refuses it: its expiry (with
/// the same 30-second clock skew), its session ended, a bad signature. The signing-key change is in <see cref="SigningKeyTests"/>
/// (it changes the shared host's keys, so it runs beside the other key test, not in parallel with it).
/// </summary>
public abstract class ValidatedTokenCacheTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private ValidatedTokenCache Cache => factory.Services.GetRequiredService<ValidatedTokenCache>();

    private async Task<Tokens> SignInNewWorkerAsync()
    {
        var email = $"token-cache-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var anonymous = World.Anonymous();
        return await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> MeWithAsync(string token)
    {
        using var client = World.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/v1/me");
    }

    /// <summary>The same claims (session included) with another lifetime or key.</summary>
    private static string Reissue(string token, DateTime notBefore, DateTime expires, string key = ApiFactory.SigningKey)
    {
        var handler = new JwtSecurityTokenHandler { MapInboundClaims = false, SetDefaultTimesOnTokenCreation = false };
        var read = handler.ReadJwtToken(token);
        var claims = read.Claims.Where(c => c.Type is not ("iss" or "aud" or "exp" or "nbf" or "iat"));
        return handler.WriteToken(handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = read.Issuer, Audience = read.Audiences.Single(), Subject = new System.Security.Claims.ClaimsIdentity(claims),
            NotBefore = notBefore, IssuedAt = notBefore, Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) { KeyId = JwtOptions.KeyIdOf(key) }, SecurityAlgorithms.HmacSha256),
        }));
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_past_its_expiry_and_the_clock_skew()
    {
        var tokens = await SignInNewWorkerAsync();
        // Expired 22 s ago: still inside the 30 s clock skew, so accepted and remembered; refused 8 s from now.
        var expires = DateTime.UtcNow.AddSeconds(-22);
        var token = Reissue(tokens.AccessToken, expires.AddMinutes(-10), expires);
        using (var first = await MeWithAsync(token)) first.StatusCode.ShouldBe(HttpStatusCode.OK);
        Cache.Remembers(token).ShouldBeTrue();

        var wait = expires.AddSeconds(30) - DateTime.UtcNow + TimeSpan.FromMilliseconds(500);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        using var late = await MeWithAsync(token);
        (await late.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("token-invalid");
        Cache.Remembers(token).ShouldBeFalse();
    }

    [Fact]
    public async Task A_remembered_token_of_a_session_signed_out_is_refused_on_the_next_request()
    {
        var tokens = await SignInNewWorkerAsync();
        using (var first = await MeWithAsync(tokens.AccessToken)) first.StatusCode.ShouldBe(HttpStatusCode.OK);
        Cache.Remembers(tokens.AccessToken).ShouldBeTrue();

        using var anonymous = World.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/logout", new Refresh(tokens.RefreshToken))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var after = await MeWithAsync(tokens.AccessToken);
        (await after.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("token-invalid");
    }

    [Fact]
    public async Task Only_tokens_that_validated_are_remembered()
    {
        var tokens = await SignInNewWorkerAsync();
        var now = DateTime.UtcNow;
        var refused = new[]
        {
            Reissue(tokens.AccessToken, now.AddMinutes(-1), now.AddMinutes(10), "a-key-that-was-never-configured-on-this-server-0123456789"),
            Reissue(tokens.AccessToken, now.AddMinutes(-10), now.AddSeconds(-31)), // past exp + skew
            Reissue(tokens.AccessToken, now.AddMinutes(5), now.AddMinutes(15)), // before nbf - skew
            tokens.AccessToken[..^2] + (tokens.AccessToken[^2..] == "AA" ? "BB" : "AA"), // signature changed
        };
        foreach (var token in refused)
        {
            using var response = await MeWithAsync(token);
            (await response.ReadProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("token-invalid");
            Cache.Remembers(token).ShouldBeFalse();
        }
        using (var good = await MeWithAsync(tokens.AccessToken)) good.StatusCode.ShouldBe(HttpStatusCode.OK);
        Cache.Remembers(tokens.AccessToken).ShouldBeTrue();
        // Sent again, it is answered from memory with the same caller.
        using var again = await MeWithAsync(tokens.AccessToken);
        (await again.ReadAsync<System.Text.Json.JsonElement>()).GetProperty("role").GetString().ShouldBe("SocialWorker");
    }

    [Fact]
    public void The_remembered_token_shortcut_is_live_in_the_host()
    {
        var bearer = factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        AccessTokenAuthentication.Applies(factory.Services.GetRequiredService<IAuthenticationSchemeProvider>(), factory.Services, bearer, Cache).ShouldBeTrue();
    }

    [Fact]
    public async Task A_remembered_token_is_authenticated_without_the_handler_and_its_session_is_still_checked()
    {
        // A host of its own (same database): its memory and its count are this test's alone.
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("Hangfire:RunServer", "false"));
        await host.Services.GetRequiredService<DatabaseStartupGate>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        var cache = host.Services.GetRequiredService<ValidatedTokenCache>();
        var email = $"token-shortcut-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var client = host.CreateClient();
        var tokens = await client.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK); // validated in full, then remembered
        cache.AnsweredFromMemory.ShouldBe(0);
        var me = await client.GetAsync<System.Text.Json.JsonElement>("/api/v1/me");
        me.GetProperty("email").GetString().ShouldBe(email);
        me.GetProperty("facility").GetProperty("id").GetGuid().ShouldBe(World.HospitalA);
        cache.AnsweredFromMemory.ShouldBe(1);

        // Signed out: the next request with the remembered token is refused as before (the full way answers the refusal).
        using var anonymous = host.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/logout", new Refresh(tokens.RefreshToken))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await client.GetAsync("/api/v1/me")).ReadProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("token-invalid");
        cache.AnsweredFromMemory.ShouldBe(1);
    }

    [Fact]
    public async Task With_events_of_its_own_the_handler_authenticates_every_request()
    {
        var received = 0;
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("Hangfire:RunServer", "false").ConfigureTestServices(s =>
            s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                var inner = o.Events.OnMessageReceived;
                o.Events.OnMessageReceived = ctx => { Interlocked.Increment(ref received); return inner(ctx); };
            })));
        await host.Services.GetRequiredService<DatabaseStartupGate>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        var email = $"token-events-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var client = host.CreateClient();
        var tokens = await client.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var before = received; // the sign-in's own request passed the handler too
        for (var i = 0; i < 3; i++) (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (received - before).ShouldBe(3);
        host.Services.GetRequiredService<ValidatedTokenCache>().AnsweredFromMemory.ShouldBe(0);
    }
}

public sealed class ValidatedTokenCacheOnPostgres(SharedPostgres api) : ValidatedTokenCacheTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class ValidatedTokenCacheOnSqlite(SharedSqlite api) : ValidatedTokenCacheTests(api.Factory), IClassFixture<SharedSqlite>;
