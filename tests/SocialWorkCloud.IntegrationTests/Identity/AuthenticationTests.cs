using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Identity;

public abstract class AuthenticationTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private async Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        await World.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    [Fact]
    public async Task Login_returns_tokens_and_me_describes_the_user()
    {
        var tokens = await (await LoginAsync(TestWorld.AdminA, TestWorld.Password)).ReadAsync<JsonElement>();
        tokens.GetProperty("refreshToken").GetString().ShouldNotBeNullOrEmpty();
        tokens.GetProperty("expiresAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(5));

        using var client = World.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync<JsonElement>();
        me.GetProperty("email").GetString().ShouldBe(TestWorld.AdminA);
        me.GetProperty("role").GetString().ShouldBe("FacilityAdmin");
        me.GetProperty("facility").GetProperty("id").GetGuid().ShouldBe(World.HospitalA);
        me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain(Permissions.UnitManage);
    }

    [Fact]
    public async Task Me_reads_the_facility_and_its_province_or_the_officers_province_and_the_roles_permissions()
    {
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        var me = await (await admin.GetAsync("/api/v1/me")).ReadAsync<JsonElement>();
        me.GetProperty("fullName").GetString().ShouldNotBeNullOrEmpty();
        me.GetProperty("isApiClient").GetBoolean().ShouldBeFalse();
        var facility = me.GetProperty("facility");
        facility.GetProperty("id").GetGuid().ShouldBe(World.HospitalA);
        facility.GetProperty("name").GetString().ShouldBe("Bệnh viện Đa khoa Hòa Bình");
        facility.GetProperty("type").GetString().ShouldBe("PublicHospital");
        facility.GetProperty("group").GetString().ShouldBe("Curative");
        facility.GetProperty("code").GetString().ShouldNotBeNullOrEmpty();
        me.GetProperty("province").GetProperty("id").GetGuid().ShouldBe(World.Province1, "the facility's province");
        me.GetProperty("province").GetProperty("name").GetString().ShouldBe("Tỉnh Thử Nghiệm Một");
        me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(RolePermissions.For(UserRole.FacilityAdmin));

        using var officer = await World.ClientForAsync(TestWorld.Officer1);
        me = await (await officer.GetAsync("/api/v1/me")).ReadAsync<JsonElement>();
        me.GetProperty("email").GetString().ShouldBe(TestWorld.Officer1);
        me.GetProperty("facility").ValueKind.ShouldBe(JsonValueKind.Null);
        me.GetProperty("province").GetProperty("id").GetGuid().ShouldBe(World.Province1);
        me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(RolePermissions.For(UserRole.ProvinceOfficer));
    }

    [Fact]
    public async Task Wrong_password_is_401_problem()
    {
        var problem = await (await LoginAsync(TestWorld.WorkerAEmail, "not-the-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("code").GetString().ShouldBe("invalid_credentials");
    }

    [Fact]
    public async Task Unknown_email_is_the_same_401_as_a_wrong_password()
    {
        var problem = await (await LoginAsync("nobody@test.vn", "whatever-1")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("code").GetString().ShouldBe("invalid_credentials");
    }

    [Fact]
    public async Task A_closed_account_gets_the_same_answer_as_a_wrong_password_even_with_its_password()
    {
        var email = $"closed-{Guid.NewGuid():N}@test.vn";
        var id = await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        (await admin.PostAsync($"/api/v1/users/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var closed = await (await LoginAsync(email, TestWorld.Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var wrong = await (await LoginAsync(TestWorld.WorkerAEmail, "not-the-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        closed.GetProperty("code").GetString().ShouldBe("invalid_credentials");
        closed.GetProperty("detail").GetString().ShouldBe(wrong.GetProperty("detail").GetString());
        closed.GetProperty("title").GetString().ShouldBe(wrong.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Five_failures_slow_the_name_down_alike_for_a_real_and_an_unknown_account_and_nobody_else()
    {
        var email = $"slow-{Guid.NewGuid():N}@test.vn";
        var unknown = $"nobody-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        foreach (var name in new[] { email, unknown })
        {
            for (var i = 0; i < 5; i++)
            {
                var failed = await (await LoginAsync(name, "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
                failed.GetProperty("code").GetString().ShouldBe("invalid_credentials");
            }
        }
        var real = await LoginAsync(email, TestWorld.Password);
        var invented = await LoginAsync(unknown, TestWorld.Password);
        foreach (var answer in new[] { real, invented })
        {
            var problem = await answer.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
            problem.GetProperty("code").GetString().ShouldBe("sign-in-throttled");
            answer.Headers.RetryAfter.ShouldNotBeNull();
        }
        // The name is slowed, not the address nor the facility: a colleague signs in at once.
        (await LoginAsync(TestWorld.AdminA, TestWorld.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_owner_of_an_account_under_attack_is_told_by_email_once()
    {
        var email = $"attacked-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        for (var i = 0; i < 12; i++) await LoginAsync(email, "guess-" + i);

        var message = await TestMailbox.Instance.WaitForAsync(email);
        message.Subject!.ShouldContain("Cảnh báo đăng nhập");
        TestMailbox.LinkToken(message, "reset-password").ShouldNotBeNullOrEmpty();
        await Task.Delay(TimeSpan.FromSeconds(2));
        TestMailbox.Instance.To(email).Count.ShouldBe(1);
    }

    [Fact]
    public async Task No_token_is_401_problem()
    {
        await (await World.Anonymous().GetAsync("/api/v1/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("forged")]
    [InlineData("wrong-audience")]
    [InlineData("wrong-issuer")]
    [InlineData("none-algorithm")]
    public async Task Invalid_access_tokens_are_refused(string kind)
    {
        var options = new JwtOptions();
        var key = kind == "forged" ? "another-key-that-the-server-has-never-seen-0123456789" : ApiFactory.SigningKey;
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = kind == "wrong-issuer" ? "https://evil.example" : options.Issuer,
            Audience = kind == "wrong-audience" ? "another-api" : options.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim(ClaimNames.Role, "PlatformAdmin")]),
            NotBefore = kind == "expired" ? now.AddHours(-2) : now,
            IssuedAt = kind == "expired" ? now.AddHours(-2) : now,
            Expires = kind == "expired" ? now.AddHours(-1) : now.AddMinutes(10),
            SigningCredentials = kind == "none-algorithm" ? null : new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        var token = new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
        using var client = World.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await (await client.GetAsync("/api/v1/provinces")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_rotates_and_a_reused_refresh_token_revokes_the_whole_family()
    {
        var first = await (await LoginAsync(TestWorld.WorkerAEmail, TestWorld.Password)).ReadAsync<JsonElement>();
        var oldRefresh = first.GetProperty("refreshToken").GetString();
        using var anonymous = World.Anonymous();

        var second = await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = oldRefresh })).ReadAsync<JsonElement>();
        var newRefresh = second.GetProperty("refreshToken").GetString();
        newRefresh.ShouldNotBe(oldRefresh);

        // A reuse after the grace window (the rotation pushed into the past) is theft.
        await BackdateRotationAsync(oldRefresh!);
        var reuse = await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = oldRefresh })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        reuse.GetProperty("code").GetString().ShouldBe("token_reused");

        // The thief's reuse ended the legitimate session too.
        var afterReuse = await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = newRefresh })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        afterReuse.GetProperty("code").GetString().ShouldBe("token_reused");
    }

    [Fact]
    public async Task Two_tabs_refreshing_one_token_at_once_both_get_the_same_new_refresh_token_and_stay_signed_in()
    {
        var first = await (await LoginAsync(TestWorld.WorkerAEmail, TestWorld.Password)).ReadAsync<JsonElement>();
        var refresh = first.GetProperty("refreshToken").GetString();
        using var tabA = World.Anonymous();
        using var tabB = World.Anonymous();

        var answers = await Task.WhenAll(
            tabA.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh }),
            tabB.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh }));
        var pairs = new List<JsonElement>();
        foreach (var answer in answers) pairs.Add(await answer.ReadAsync<JsonElement>());
        var successor = pairs[0].GetProperty("refreshToken").GetString();
        successor.ShouldNotBe(refresh);
        pairs[1].GetProperty("refreshToken").GetString().ShouldBe(successor);

        // A third presentation a moment later (a retried request) is still within the window: same successor.
        var retried = await (await tabA.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh })).ReadAsync<JsonElement>();
        retried.GetProperty("refreshToken").GetString().ShouldBe(successor);

        // The family is alive: both tabs' access tokens work and the successor rotates on.
        foreach (var pair in pairs)
        {
            using var client = World.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", pair.GetProperty("accessToken").GetString());
            (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var next = await (await tabB.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = successor })).ReadAsync<JsonElement>();
        next.GetProperty("refreshToken").GetString().ShouldNotBe(successor);
    }

    /// <summary>Moves a token's rotation past the reuse grace window.</summary>
    private async Task BackdateRotationAsync(string refreshToken)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialWorkCloud.Application.Persistence.AppDbContext>();
        var hash = TokenService.Hash(refreshToken);
        var past = DateTimeOffset.UtcNow - SocialWorkCloud.Application.Features.Auth.RefreshSession.ReuseGrace - TimeSpan.FromMinutes(1);
        (await db.RefreshTokens.Where(t => t.TokenHash == hash).ExecuteUpdateAsync(u => u.SetProperty(t => t.RevokedAt, past))).ShouldBe(1);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var tokens = await (await LoginAsync(TestWorld.WorkerAEmail, TestWorld.Password)).ReadAsync<JsonElement>();
        var refresh = tokens.GetProperty("refreshToken").GetString();
        using var anonymous = World.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = refresh })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Client_credentials_issue_a_scoped_token_in_rfc6749_form()
    {
        using var client = World.Anonymous();
        var response = await ApiClientTokens.PostAsync(client, World.ClientIdA, TestWorld.ClientSecret);
        var body = await response.ReadAsync<JsonElement>();
        body.GetProperty("token_type").GetString().ShouldBe("Bearer");
        body.GetProperty("expires_in").GetInt32().ShouldBeGreaterThan(0);
        response.Headers.CacheControl?.NoStore.ShouldBeTrue();

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        var me = await (await client.GetAsync("/api/v1/me")).ReadAsync<JsonElement>();
        me.GetProperty("isApiClient").GetBoolean().ShouldBeTrue();
        me.GetProperty("facility").GetProperty("id").GetGuid().ShouldBe(World.HospitalA);
        // A third-party client never administers users.
        await (await client.GetAsync("/api/v1/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_wrong_secret_and_an_unknown_grant_are_refused_with_oauth_error_codes()
    {
        using var client = World.Anonymous();
        var wrong = await (await ApiClientTokens.PostAsync(client, World.ClientIdA, "wrong-secret")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        wrong.GetProperty("error").GetString().ShouldBe("invalid_client");
        var grant = await (await ApiClientTokens.PostAsync(client, World.ClientIdA, TestWorld.ClientSecret, "password")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        grant.GetProperty("error").GetString().ShouldBe("unsupported_grant_type");
    }

    [Fact]
    public async Task A_revoked_client_gets_no_token_and_its_live_token_stops_working()
    {
        var clientId = $"revoke_{Guid.NewGuid():N}"[..30];
        var id = await World.NewApiClientAsync(clientId, World.HospitalA, null);
        using var integrator = World.Anonymous();
        var token = await ApiClientTokens.RequestAsync(integrator, clientId, TestWorld.ClientSecret);
        integrator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await integrator.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        (await admin.PostAsync($"/api/v1/api-clients/{id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await integrator.GetAsync("/api/v1/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var anonymous = World.Anonymous();
        var refused = await (await ApiClientTokens.PostAsync(anonymous, clientId, TestWorld.ClientSecret)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        refused.GetProperty("error").GetString().ShouldBe("invalid_client");
    }
}

public sealed class AuthenticationOnPostgres(SharedPostgres api) : AuthenticationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class AuthenticationOnSqlite(SharedSqlite api) : AuthenticationTests(api.Factory), IClassFixture<SharedSqlite>;
