using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Users;
using SocialWorkCloud.Application.Identity;

namespace SocialWorkCloud.UnitTests.Features.Users;

public class AccountMailAndPasswordTests
{
    [Theory]
    [InlineData("password123")]
    [InlineData("PASSWORD123")]
    [InlineData("matkhau123")]
    [InlineData("12345678")]
    public void The_most_common_passwords_are_refused_whatever_their_case(string password) => PasswordRules.IsCommon(password).ShouldBeTrue();

    [Theory]
    [InlineData("mùa xuân trên đồi chè")]
    [InlineData("Test@2026pass")]
    [InlineData("Demo@2026")]
    public void Uncommon_passwords_pass(string password) => PasswordRules.IsCommon(password).ShouldBeFalse();

    private static AppUser User(string language) => new()
    {
        Id = Guid.NewGuid(), Email = "lan@test.vn", FullName = "Trần <Lan>", Role = UserRole.SocialWorker, Language = language,
    };

    [Fact]
    public void An_invitation_is_vietnamese_by_default_names_the_facility_and_escapes_names_in_html()
    {
        var mail = AccountMailComposer.Compose(User("vi"), AccountMailKind.Invitation, "Bệnh viện A & B", "https://swc.vn/accept-invitation?token=x", TimeSpan.FromHours(72));
        mail.To.ShouldBe("lan@test.vn");
        mail.Subject.ShouldContain("Bệnh viện A & B");
        mail.Text.ShouldContain("Xin chào Trần <Lan>,");
        mail.Text.ShouldContain("72 giờ");
        mail.Text.ShouldContain("https://swc.vn/accept-invitation?token=x");
        mail.Html.ShouldContain("Trần &lt;Lan&gt;");
        mail.Html.ShouldContain("Bệnh viện A &amp; B");
        mail.Html.ShouldNotContain("<Lan>");
    }

    [Fact]
    public void A_reset_mail_is_english_for_a_user_who_reads_english()
    {
        var mail = AccountMailComposer.Compose(User("en"), AccountMailKind.PasswordReset, "Hospital A", "https://swc.vn/reset-password?token=x", TimeSpan.FromMinutes(30));
        mail.Subject.ShouldContain("Reset your SocialWorkCloud password");
        mail.Text.ShouldContain("30 minutes");
        mail.Text.ShouldNotContain("Xin chào");
    }
}
