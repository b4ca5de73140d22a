using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.UnitTests.Features.Fundraising;

public class FundraisingTextsTests
{
    [Fact]
    public void Dates_in_a_refusal_read_day_month_year_in_both_languages()
    {
        var args = new object?[] { new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 2) };
        TextCatalog.Find("after-end-date", TextCatalog.Vietnamese, args)
            .ShouldBe("Đợt vận động đã kết thúc nhận ngày 31/03/2026; không thể ghi khoản nhận ngày 02/04/2026.");
        TextCatalog.Find("after-end-date", TextCatalog.English, args)
            .ShouldBe("The campaign stopped receiving on 31/03/2026: a receipt dated 02/04/2026 is refused.");
    }
}
