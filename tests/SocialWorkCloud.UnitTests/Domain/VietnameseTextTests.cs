using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.UnitTests.Domain;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Thanh Hóa", "thanh hoa")]
    [InlineData("Bệnh viện Đa khoa tỉnh Thanh Hóa", "benh vien da khoa tinh thanh hoa")]
    [InlineData("ĐỖ VĂN NAM", "do van nam")]
    [InlineData("  Trạm   Y tế  xã Quảng Xương ", "tram y te xa quang xuong")]
    [InlineData("Nguyễn Thị Hồng", "nguyen thi hong")]
    [InlineData(null, "")]
    public void Folding_ignores_case_diacritics_and_extra_spaces(string? input, string expected) =>
        VietnameseText.Fold(input).ShouldBe(expected);

    [Fact]
    public void Decomposed_and_precomposed_input_fold_alike()
    {
        var precomposed = "Hóa".Normalize(System.Text.NormalizationForm.FormC);
        var decomposed = "Hóa".Normalize(System.Text.NormalizationForm.FormD);
        VietnameseText.Fold(precomposed).ShouldBe(VietnameseText.Fold(decomposed));
    }
}
