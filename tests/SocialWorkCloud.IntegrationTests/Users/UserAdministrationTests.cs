using System.Net;
using System.Net.Http.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Users;

/// <summary>User and API-client administration, written with the typed test client (<see cref="TypedClient"/>).</summary>
public abstract class UserAdministrationTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task A_facility_admin_creates_staff_in_its_own_facility_only()
    {
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        var email = $"new-{Guid.NewGuid():N}@test.vn";
        // The facility in the body is ignored: a facility admin staffs its own facility.
        var created = await admin.PostAsync<NewUser, UserItem>("/api/v1/users",
            new(email, "Nhân viên mới", "SocialWorker", FacilityId: World.HospitalB), HttpStatusCode.Created);
        created.FacilityId.ShouldBe(World.HospitalA);
        created.FacilityName.ShouldBe("Bệnh viện Đa khoa Hòa Bình");

        await admin.PostJsonAsync("/api/v1/users", new NewUser($"x-{Guid.NewGuid():N}@test.vn", "Sở", "ProvinceOfficer", ProvinceId: World.Province1))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await admin.PostJsonAsync("/api/v1/users", new NewUser(email, "Trùng", "SocialWorker")).ProblemAsync(HttpStatusCode.Conflict);

        var list = await admin.GetAsync<List<UserItem>>("/api/v1/users");
        list.ShouldAllBe(u => u.FacilityId == World.HospitalA);
        list.Select(u => u.Email).ShouldContain(email);
        list.ShouldAllBe(u => u.FacilityName == "Bệnh viện Đa khoa Hòa Bình");

        // The platform admin's list names where each account belongs, province officers included.
        using var platform = await World.ClientForAsync(TestWorld.Platform);
        var all = await platform.GetAsync<List<UserItem>>("/api/v1/users");
        var officer = all.Single(u => u.Email == TestWorld.Officer1);
        officer.ProvinceName.ShouldNotBeNullOrWhiteSpace();
        officer.FacilityName.ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "phải")]
    [InlineData("vi-VN,vi;q=0.9", "phải")]
    [InlineData("en", "must be at least 8 characters")]
    [InlineData("vi", "phải")]
    [InlineData("EN", "must be at least 8 characters")]
    [InlineData("en-US,en;q=0.9", "must be at least 8 characters")]
    [InlineData("fr", "phải")]
    [InlineData("fr, en;q=0.5", "must be at least 8 characters")]
    [InlineData("vi;q=0.4, en", "must be at least 8 characters")]
    public async Task Validation_messages_speak_the_callers_language_vietnamese_first(string? acceptLanguage, string expected)
    {
        // A password too short for the invitation link (checked before the link is read).
        using var anonymous = World.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/accept-invitation")
        {
            Content = JsonContent.Create(new LinkPassword("any-link", "abc"), options: TestWorld.Json),
        };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await anonymous.SendAsync(request);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors["password"][0].ShouldContain(expected);
    }

    [Theory]
    [InlineData(null, "đã được dùng", null)]
    [InlineData("vi", "đã được dùng", null)]
    [InlineData("en-GB,en;q=0.8", "already in use", "đã được dùng")]
    public async Task Our_bilingual_messages_give_one_language_to_a_caller_who_names_one(string? acceptLanguage, string expected, string? absent)
    {
        var response = await CreateUserInLanguageAsync(acceptLanguage,
            new NewUser(TestWorld.WorkerAEmail, "Trùng email", "SocialWorker"));
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        var detail = problem.Detail!;
        detail.ShouldContain(expected);
        if (absent is not null) detail.ShouldNotContain(absent);
        if (acceptLanguage is null) detail.ShouldContain(" / The email");
    }

    /// <summary>POST /users as facility admin A, naming a language (Accept-Language) or none.</summary>
    private async Task<HttpResponseMessage> CreateUserInLanguageAsync(string? acceptLanguage, NewUser body)
    {
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = JsonContent.Create(body, options: TestWorld.Json) };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        return await admin.SendAsync(request);
    }

    [Fact]
    public async Task A_deactivated_user_can_no_longer_sign_in_or_refresh()
    {
        var email = $"leaver-{Guid.NewGuid():N}@test.vn";
        var id = await World.NewUserAsync(email, Application.Common.Security.UserRole.SocialWorker, World.HospitalA, null);
        using var anonymous = World.Anonymous();
        var tokens = await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);

        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        (await admin.PostAsync($"/api/v1/users/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await anonymous.PostJsonAsync("/api/v1/auth/login", new Login(email, TestWorld.Password)).ProblemAsync(HttpStatusCode.Unauthorized);
        await anonymous.PostJsonAsync("/api/v1/auth/refresh", new Refresh(tokens.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_api_client_secret_is_shown_once_and_works()
    {
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        var created = await admin.PostAsync<NewApiClient, ApiClientCreated>("/api/v1/api-clients", new("Hệ thống HIS", ["read"]), HttpStatusCode.Created);
        var clientId = created.Client.ClientId;
        var secret = created.ClientSecret;
        created.Client.FacilityId.ShouldBe(World.HospitalA);
        created.Client.FacilityName.ShouldBe("Bệnh viện Đa khoa Hòa Bình");

        using var listing = await admin.GetAsync("/api/v1/api-clients");
        (await listing.Content.ReadAsStringAsync()).ShouldNotContain(secret);
        var listed = await listing.ReadAsync<List<ApiClientItem>>();
        listed.Select(c => c.ClientId).ShouldContain(clientId);

        using var integrator = World.Anonymous();
        (await ApiClientTokens.RequestAsync(integrator, clientId, secret)).ShouldNotBeNullOrEmpty();

        using var officer = await World.ClientForAsync(TestWorld.Officer1);
        await officer.GetAsync("/api/v1/api-clients").ProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class UserAdministrationOnPostgres(SharedPostgres api) : UserAdministrationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class UserAdministrationOnSqlite(SharedSqlite api) : UserAdministrationTests(api.Factory), IClassFixture<SharedSqlite>;
