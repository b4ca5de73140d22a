using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Users;

/// <summary>
/// Accounts people manage themselves, through the mail that really leaves: every message here was sent
/// over SMTP by the API's background job to the server in the test process (<see cref="TestMailbox"/>).
/// </summary>
public abstract class AccountSelfServiceTests(ApiFactory factory)
{
    private TestWorld World => factory.World;
    private static TestMailbox Mail => TestMailbox.Instance;
    private const string NewPassword = "mùa xuân trên đồi chè";

    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@test.vn";

    private async Task<UserItem> InviteAsync(string email, string? language = null)
    {
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        var created = await admin.PostAsync<NewUser, UserItem>("/api/v1/users", new(email, "Nguyễn Thị Mới", "SocialWorker", Language: language), HttpStatusCode.Created);
        created.InvitationPending.ShouldBeTrue();
        return created;
    }

    private async Task<HttpStatusCode> SignInAsync(string email, string password)
    {
        using var anonymous = World.Anonymous();
        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new Login(email, password));
        return response.StatusCode;
    }

    [Fact]
    public async Task An_invitation_arrives_in_vietnamese_naming_the_facility_and_its_link_sets_the_password_once()
    {
        var email = NewEmail("invited");
        await InviteAsync(email);
        var message = await Mail.WaitForAsync(email);

        message.Subject!.ShouldContain("Lời mời");
        message.Subject!.ShouldContain("Bệnh viện Đa khoa Hòa Bình");
        message.HtmlBody!.ShouldContain("Đặt mật khẩu");
        message.TextBody!.ShouldContain("Bệnh viện Đa khoa Hòa Bình");
        message.TextBody!.ShouldContain("72");
        var token = TestMailbox.LinkToken(message, "accept-invitation");

        // Nobody can sign in to an invited account before its owner sets a password.
        (await SignInAsync(email, NewPassword)).ShouldBe(HttpStatusCode.Unauthorized);

        using var anonymous = World.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword(token, NewPassword))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SignInAsync(email, NewPassword)).ShouldBe(HttpStatusCode.OK);

        var again = await anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword(token, "another good passphrase")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        again.Code.ShouldBe("account-link-used");
        (await SignInAsync(email, NewPassword)).ShouldBe(HttpStatusCode.OK);

        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        (await admin.GetAsync<List<UserItem>>("/api/v1/users")).Single(u => u.Email == email).InvitationPending.ShouldBeFalse();
    }

    [Fact]
    public async Task A_user_who_reads_english_gets_the_invitation_in_english()
    {
        var email = NewEmail("english");
        await InviteAsync(email, "en");
        var message = await Mail.WaitForAsync(email);
        message.Subject!.ShouldContain("invitation");
        message.TextBody!.ShouldContain("Set your password");
        message.TextBody!.ShouldNotContain("Xin chào");
    }

    [Fact]
    public async Task A_resent_invitation_spends_the_first_link()
    {
        var email = NewEmail("resent");
        var user = await InviteAsync(email);
        var first = TestMailbox.LinkToken(await Mail.WaitForAsync(email), "accept-invitation");

        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        await admin.PostAsync<UserItem>($"/api/v1/users/{user.Id}/resend-invitation", new { }, HttpStatusCode.OK);
        var second = TestMailbox.LinkToken(await Mail.WaitForAsync(email, count: 2), "accept-invitation");

        using var anonymous = World.Anonymous();
        (await anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword(first, NewPassword)).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("account-link-used");
        (await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword(second, NewPassword))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // Once the password is set there is no invitation left to resend.
        (await admin.PostJsonAsync($"/api/v1/users/{user.Id}/resend-invitation", new { }).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("invitation-not-pending");
    }

    [Fact]
    public async Task A_tampered_link_is_refused_and_a_common_password_is_refused()
    {
        using var anonymous = World.Anonymous();
        (await anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword("CfDJ8-not-a-real-token", NewPassword)).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("account-link-invalid");

        var email = NewEmail("common");
        await InviteAsync(email);
        var token = TestMailbox.LinkToken(await Mail.WaitForAsync(email), "accept-invitation");
        var problem = await anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword(token, "Password123")).ProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors["password"][0].ShouldContain("too common");
        // A reset link is not an invitation link, nor the other way round.
        (await anonymous.PostJsonAsync("/api/v1/auth/reset-password", new LinkPassword(token, NewPassword)).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("account-link-invalid");
        // The refusals spent nothing: the link still works.
        (await anonymous.PostAsJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword(token, NewPassword))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_unknown_addresses_and_its_link_works_once_and_ends_every_session()
    {
        var email = NewEmail("forgetful");
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var anonymous = World.Anonymous();
        var tokens = await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);

        using var known = await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new ForgotPasswordRequest(email));
        var unknownEmail = NewEmail("nobody");
        using var unknown = await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new ForgotPasswordRequest(unknownEmail));
        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        unknown.StatusCode.ShouldBe(known.StatusCode);
        (await unknown.Content.ReadAsStringAsync()).ShouldBe(await known.Content.ReadAsStringAsync());

        var message = await Mail.WaitForAsync(email);
        message.Subject!.ShouldContain("Đặt lại mật khẩu");
        message.TextBody!.ShouldContain("30");
        var token = TestMailbox.LinkToken(message, "reset-password");

        (await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new LinkPassword(token, NewPassword))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SignInAsync(email, NewPassword)).ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(email, TestWorld.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        await anonymous.PostJsonAsync("/api/v1/auth/refresh", new Refresh(tokens.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
        (await anonymous.PostJsonAsync("/api/v1/auth/reset-password", new LinkPassword(token, "yet another passphrase")).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("account-link-used");

        Mail.To(unknownEmail).ShouldBeEmpty();
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_the_other_sessions()
    {
        var email = NewEmail("changer");
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var anonymous = World.Anonymous();
        var other = await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);
        var mine = await anonymous.PostAsync<Login, Tokens>("/api/v1/auth/login", new(email, TestWorld.Password), HttpStatusCode.OK);
        using var me = World.Anonymous();
        me.DefaultRequestHeaders.Authorization = new("Bearer", mine.AccessToken);

        (await me.PostJsonAsync("/api/v1/me/password", new PasswordChange("not my password", NewPassword)).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("current-password-incorrect");
        (await SignInAsync(email, TestWorld.Password)).ShouldBe(HttpStatusCode.OK);

        var fresh = await me.PostAsync<PasswordChange, Tokens>("/api/v1/me/password", new(TestWorld.Password, NewPassword), HttpStatusCode.OK);
        (await SignInAsync(email, NewPassword)).ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(email, TestWorld.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        await anonymous.PostJsonAsync("/api/v1/auth/refresh", new Refresh(other.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new Refresh(fresh.RefreshToken))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_profile_keeps_name_phone_and_language()
    {
        var email = NewEmail("profile");
        await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var me = await World.ClientForAsync(email);
        var saved = await me.PutAsync<Profile>("/api/v1/me/profile", new ProfileChange("Trần Văn Hồ Sơ", "0912 345 678", "en"), HttpStatusCode.OK);
        saved.ShouldBe(new Profile(email, "Trần Văn Hồ Sơ", "0912 345 678", "en"));
        (await me.GetAsync<Profile>("/api/v1/me/profile")).ShouldBe(saved);
        (await me.PutJsonAsync("/api/v1/me/profile", new ProfileChange("Tên", null, "fr")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors.ShouldContainKey("language");

        // An admin-triggered reset reaches the user in the language they chose.
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        var user = (await admin.GetAsync<List<UserItem>>("/api/v1/users")).Single(u => u.Email == email);
        await admin.PostAsync<UserItem>($"/api/v1/users/{user.Id}/password-reset", new { }, HttpStatusCode.OK);
        var message = await Mail.WaitForAsync(email);
        message.Subject!.ShouldContain("Reset your");
        TestMailbox.LinkToken(message, "reset-password").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_edited_users_role_stays_within_what_the_editor_may_grant()
    {
        var email = NewEmail("edited");
        var id = await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var admin = await World.ClientForAsync(TestWorld.AdminA);

        (await admin.PutJsonAsync($"/api/v1/users/{id}", new UserEdit("Lên chức", "PlatformAdmin")).ProblemAsync(HttpStatusCode.Forbidden))
            .Code.ShouldBe("role-not-grantable");
        (await admin.PutJsonAsync($"/api/v1/users/{id}", new UserEdit("Lên sở", "ProvinceOfficer", ProvinceId: World.Province1)).ProblemAsync(HttpStatusCode.Forbidden))
            .Code.ShouldBe("role-not-grantable");

        // A facility admin's edit keeps the account in its facility, whatever the body names.
        var edited = await admin.PutAsync<UserItem>($"/api/v1/users/{id}", new UserEdit("Cộng tác viên mới", "Collaborator", World.HospitalB), HttpStatusCode.OK);
        edited.Role.ShouldBe("Collaborator");
        edited.FullName.ShouldBe("Cộng tác viên mới");
        edited.FacilityId.ShouldBe(World.HospitalA);

        // Nobody changes their own role.
        var self = (await admin.GetAsync<List<UserItem>>("/api/v1/users")).Single(u => u.Email == TestWorld.AdminA);
        (await admin.PutJsonAsync($"/api/v1/users/{self.Id}", new UserEdit(self.FullName, "SocialWorker")).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("self-role-change");
    }

    [Fact]
    public async Task A_deactivated_account_is_reactivated_and_signs_in_again()
    {
        var email = NewEmail("returning");
        var id = await World.NewUserAsync(email, UserRole.SocialWorker, World.HospitalA, null);
        using var admin = await World.ClientForAsync(TestWorld.AdminA);
        (await admin.PostJsonAsync($"/api/v1/users/{id}/reactivate", new { }).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("account-already-active");
        await admin.PostAsync<UserItem>($"/api/v1/users/{id}/deactivate", new { }, HttpStatusCode.OK);
        (await SignInAsync(email, TestWorld.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.PostAsync<UserItem>($"/api/v1/users/{id}/reactivate", new { }, HttpStatusCode.OK)).IsActive.ShouldBeTrue();
        (await SignInAsync(email, TestWorld.Password)).ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class AccountSelfServiceOnPostgres(SharedPostgres api) : AccountSelfServiceTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class AccountSelfServiceOnSqlite(SharedSqlite api) : AccountSelfServiceTests(api.Factory), IClassFixture<SharedSqlite>;

/// <summary>An API whose links live one second, on its own SQLite database: long enough to be sent, too short to be used.</summary>
public sealed class ShortLivedLinksApiFactory : SqliteApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("AccountLinks:InvitationLifetime", "00:00:01");
        builder.UseSetting("AccountLinks:PasswordResetLifetime", "00:00:01");
    }
}

public sealed class ExpiredAccountLinkTests(ShortLivedLinksApiFactory factory) : IClassFixture<ShortLivedLinksApiFactory>
{
    [Fact]
    public async Task An_expired_invitation_or_reset_link_says_so()
    {
        var world = factory.World;
        var invited = $"late-{Guid.NewGuid():N}@test.vn";
        using var admin = await world.ClientForAsync(TestWorld.AdminA);
        await admin.PostAsync<NewUser, UserItem>("/api/v1/users", new(invited, "Người đến muộn", "Collaborator"), HttpStatusCode.Created);
        var forgetful = $"slow-{Guid.NewGuid():N}@test.vn";
        await world.NewUserAsync(forgetful, UserRole.SocialWorker, world.HospitalA, null);
        using var anonymous = world.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new ForgotPasswordRequest(forgetful))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var invitation = TestMailbox.LinkToken(await TestMailbox.Instance.WaitForAsync(invited), "accept-invitation");
        var reset = TestMailbox.LinkToken(await TestMailbox.Instance.WaitForAsync(forgetful), "reset-password");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        (await anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new LinkPassword(invitation, "mùa xuân trên đồi chè")).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("account-link-expired");
        (await anonymous.PostJsonAsync("/api/v1/auth/reset-password", new LinkPassword(reset, "mùa xuân trên đồi chè")).ProblemAsync(HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("account-link-expired");
        (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new Login(forgetful, TestWorld.Password))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
