using SocialWorkCloud.Api.Infrastructure;

namespace SocialWorkCloud.UnitTests.Infrastructure;

public class ProblemLanguageTests
{
    [Theory]
    [InlineData(false, "Ngày hiệu lực phải từ 01/01/2000 đến tối đa một năm tới.")]
    [InlineData(true, "The effective date must be between 01/01/2000 and one year ahead.")]
    public void Picks_one_half_of_a_bilingual_message_and_keeps_slashes_inside_dates(bool english, string expected) =>
        ProblemLanguage.Pick("Ngày hiệu lực phải từ 01/01/2000 đến tối đa một năm tới. / The effective date must be between 01/01/2000 and one year ahead.", english)
            .ShouldBe(expected);

    [Fact]
    public void Leaves_single_language_messages_alone()
    {
        ProblemLanguage.Pick("'Password' phải có ít nhất 8 ký tự.", english: true).ShouldBe("'Password' phải có ít nhất 8 ký tự.");
        ProblemLanguage.Pick("Tổ/Phòng CTXH", english: false).ShouldBe("Tổ/Phòng CTXH");
        ProblemLanguage.Pick(null, english: false).ShouldBeNull();
    }
}
