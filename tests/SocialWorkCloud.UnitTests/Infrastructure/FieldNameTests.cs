using System.Globalization;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Auth;

namespace SocialWorkCloud.UnitTests.Infrastructure;

public class FieldNameTests
{
    [Fact]
    public void Validation_messages_name_fields_in_the_callers_language()
    {
        TextRules.UseFieldNamesFromTexts();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = TextCatalog.Vietnamese;
            var vietnamese = new LoginValidator().Validate(new Login("", "")).Errors.Select(e => e.ErrorMessage).ToList();
            vietnamese.ShouldContain(m => m.Contains("Mật khẩu", StringComparison.Ordinal));
            vietnamese.ShouldNotContain(m => m.Contains("Password", StringComparison.Ordinal));

            CultureInfo.CurrentUICulture = TextCatalog.English;
            new LoginValidator().Validate(new Login("", "")).Errors.Select(e => e.ErrorMessage)
                .ShouldContain(m => m.Contains("'Password'", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
