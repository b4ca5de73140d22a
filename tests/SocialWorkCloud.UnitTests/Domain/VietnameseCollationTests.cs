using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.UnitTests.Domain;

public sealed class VietnameseCollationTests
{
    // The order a Vietnamese dictionary gives: đ is its own letter after d; ă â after a; ơ ư after o u; tones break ties only.
    private static readonly string[] Expected =
    [
        "An", "Anh", "Ánh", "Ăn", "Ấn", "Bệnh viện Đa khoa", "Bệnh viện Mắt", "Bệnh viện Nhi", "Dung", "Dương", "Đặng", "Đinh", "Em", "Ê-đê",
        "Hà", "Hạ", "Hải", "Hòa", "Hồ", "Hơn", "Uyên", "Ưng", "Yến",
    ];

    [Fact]
    public void The_comparer_sorts_the_vietnamese_way()
    {
        Expected.Reverse().OrderBy(x => x, VietnameseCollation.Comparer).ShouldBe(Expected);
    }

    [Fact]
    public void The_sort_key_sorts_like_the_comparer_in_plain_ordinal_order()
    {
        Expected.Reverse().OrderBy(VietnameseCollation.SortKey, StringComparer.Ordinal).ShouldBe(Expected);
    }

    [Fact]
    public void The_sort_key_is_plain_lower_case_ascii_and_ignores_case_and_composition()
    {
        var key = VietnameseCollation.SortKey("Trạm Y tế xã Đặng Xá");
        key.ShouldAllBe(c => c >= 'a' && c <= 'z');
        VietnameseCollation.SortKey("ĐẶNG").ShouldBe(VietnameseCollation.SortKey("đặng"));
        // The same name typed decomposed (NFD, as some keyboards send it) sorts the same.
        VietnameseCollation.SortKey("Đặng".Normalize(System.Text.NormalizationForm.FormD)).ShouldBe(VietnameseCollation.SortKey("Đặng"));
        VietnameseCollation.SortKey("  Hà   Nội ").ShouldBe(VietnameseCollation.SortKey("Hà Nội"));
        VietnameseCollation.SortKey(null).ShouldBe("");
    }
}
