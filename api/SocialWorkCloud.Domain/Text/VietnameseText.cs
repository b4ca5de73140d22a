using System.Globalization;
using System.Text;

namespace SocialWorkCloud.Domain.Text;

public static class VietnameseText
{
    /// <summary>
    /// Lower-case, strip diacritics (đ → d) and collapse spaces, so that searches match whether or not
    /// the user typed the accents: "Bệnh viện Đa khoa Thanh Hóa" → "benh vien da khoa thanh hoa".
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(ch) };
            if (char.IsWhiteSpace(c))
            {
                if (lastWasSpace) continue;
                c = ' ';
                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
