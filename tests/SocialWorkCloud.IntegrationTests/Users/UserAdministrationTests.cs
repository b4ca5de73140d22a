using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Users;

public abstract class UserAdministrationTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task A_facility_admin_creates_staff_in_its_own_facility_only()
    {
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        var email = $"new-{Guid.NewGuid():N}@test.vn";
        // The facility in the body is ignored: a facility admin staffs its own facility.
        var created = await (await admin.PostJsonAsync("/api/v1/users",
            new { email, fullName = "Nhân viên mới", role = "SocialWorker", password = "Matkhau2026", facilityId = World.HospitalB }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        created.GetProperty("facilityId").GetGuid().ShouldBe(World.HospitalA);
        created.GetProperty("facilityName").GetString().ShouldBe("Bệnh viện Đa khoa Hòa Bình");

        await (await admin.PostJsonAsync("/api/v1/users",
            new { email = $"x-{Guid.NewGuid():N}@test.vn", fullName = "Sở", role = "ProvinceOfficer", password = "Matkhau2026", provinceId = World.Province1 }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostJsonAsync("/api/v1/users", new { email, fullName = "Trùng", role = "SocialWorker", password = "Matkhau2026" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var list = await (await admin.GetAsync("/api/v1/users")).ReadAsync<JsonElement>();
        list.EnumerateArray().ShouldAllBe(u => u.GetProperty("facilityId").GetGuid() == World.HospitalA);
        list.EnumerateArray().Select(u => u.GetProperty("email").GetString()).ShouldContain(email);
        list.EnumerateArray().ShouldAllBe(u => u.GetProperty("facilityName").GetString() == "Bệnh viện Đa khoa Hòa Bình");

        // The platform admin's list names where each account belongs, province officers included.
        using var platform = await World.ClientForAsync(TestWorld.Platform);
        var all = await (await platform.GetAsync("/api/v1/users")).ReadAsync<JsonElement>();
        var officer = all.EnumerateArray().Single(u => u.GetProperty("email").GetString() == TestWorld.Officer1);
        officer.GetProperty("provinceName").GetString().ShouldNotBeNullOrWhiteSpace();
        officer.GetProperty("facilityName").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData(null, "phải")]
    [InlineData("vi-VN,vi;q=0.9", "phải")]
    [InlineData("en", "must be at least 8 characters")]
    public async Task Validation_messages_speak_the_callers_language_vietnamese_first(string? acceptLanguage, string expected)
    {
        var response = await CreateUserInLanguageAsync(acceptLanguage,
            new { email = $"short-{Guid.NewGuid():N}@test.vn", fullName = "Mật khẩu ngắn", role = "SocialWorker", password = "abc" });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain(expected);
    }

    [Theory]
    [InlineData(null, "đã được dùng", null)]
    [InlineData("vi", "đã được dùng", null)]
    [InlineData("en-GB,en;q=0.8", "already in use", "đã được dùng")]
    public async Task Our_bilingual_messages_give_one_language_to_a_caller_who_names_one(string? acceptLanguage, string expected, string? absent)
    {
        var response = await CreateUserInLanguageAsync(acceptLanguage,
            new { email = TestWorld.WorkerAEmail, fullName = "Trùng email", role = "SocialWorker", password = "Matkhau2026" });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldContain(expected);
        if (absent is not null) detail.ShouldNotContain(absent);
        if (acceptLanguage is null) detail.ShouldContain(" / The email");
    }

    /// <summary>POST /users as facility admin A, naming a language (Accept-Language) or none.</summary>
    private async Task<HttpResponseMessage> CreateUserInLanguageAsync(string? acceptLanguage, object body)
    {
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/users") { Content = JsonContent.Create(body) };
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        return await admin.SendAsync(request);
    }

    [Fact]
    public async Task A_deactivated_user_can_no_longer_sign_in_or_refresh()
    {
        var email = $"leaver-{Guid.NewGuid():N}@test.vn";
        var id = await World.NewUserAsync(email, Application.Common.Security.UserRole.SocialWorker, World.HospitalA, null);
        using var anonymous = World.Anonymous();
        var tokens = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestWorld.Password })).ReadAsync<JsonElement>();

        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        (await admin.PostAsync($"/api/v1/users/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestWorld.Password })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_api_client_secret_is_shown_once_and_works()
    {
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        var created = await (await admin.PostJsonAsync("/api/v1/api-clients", new { name = "Hệ thống HIS", scopes = new[] { "read" } }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var clientId = created.GetProperty("client").GetProperty("clientId").GetString()!;
        var secret = created.GetProperty("clientSecret").GetString()!;
        created.GetProperty("client").GetProperty("facilityId").GetGuid().ShouldBe(World.HospitalA);
        created.GetProperty("client").GetProperty("facilityName").GetString().ShouldBe("Bệnh viện Đa khoa Hòa Bình");

        var listed = await (await admin.GetAsync("/api/v1/api-clients")).ReadAsync<JsonElement>();
        listed.ToString().ShouldNotContain(secret);
        listed.EnumerateArray().Select(c => c.GetProperty("clientId").GetString()).ShouldContain(clientId);

        using var integrator = World.Anonymous();
        (await ApiClientTokens.RequestAsync(integrator, clientId, secret)).ShouldNotBeNullOrEmpty();

        using var officer = await World.ClientForAsync(TestWorld.Officer1);
        await (await officer.GetAsync("/api/v1/api-clients")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class UserAdministrationOnPostgres(SharedPostgres api) : UserAdministrationTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class UserAdministrationOnSqlite(SharedSqlite api) : UserAdministrationTests(api.Factory), IClassFixture<SharedSqlite>;
