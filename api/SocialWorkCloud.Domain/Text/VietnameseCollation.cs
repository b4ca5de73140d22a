using System.Globalization;
using System.Text;

namespace SocialWorkCloud.Domain.Text;

/// <summary>
/// The Vietnamese alphabetical order (a ă â b c d đ e ê g … o ô ơ … u ư v x y, tones only breaking ties):
/// "Dương" before "Đặng" before "Em"; "Bệnh viện Đa khoa" before "Bệnh viện Mắt". ICU's vi collation in
/// memory; <see cref="SortKey"/> for a column the databases order by: plain lower-case ASCII letters,
/// so PostgreSQL (whatever its collation) and SQLite's binary order agree with the comparer.
/// </summary>
public static class VietnameseCollation
{
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.IgnoreCase);

    // Base letters in Vietnamese order, each becoming two key letters from "ac" on; "aa" ends the
    // letters (so "an" < "anh"), "ab" is a space. Letters outside the alphabet (f, j, w, z) sit where Latin puts them.
    private const string Alphabet = "0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    private static readonly Dictionary<char, string> Codes = Alphabet
        .Select((c, i) => (c, code: new string([(char)('a' + ((i + 2) / 26)), (char)('a' + ((i + 2) % 26))])))
        .ToDictionary(x => x.c, x => x.code);

    /// <summary>Tone marks in the order Vietnamese dictionaries rank them: none, grave, hook, tilde, acute, dot.</summary>
    private static readonly Dictionary<char, char> Tones = new()
    {
        ['\u0300'] = 'b', ['\u0309'] = 'c', ['\u0303'] = 'd', ['\u0301'] = 'e', ['\u0323'] = 'f',
    };

    public const int MaxLength = 600;

    /// <summary>The key a name sorts by: the base letters' codes, then "aa", then each letter's tone; cut at <see cref="MaxLength"/>.</summary>
    public static string SortKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var letters = new StringBuilder();
        var tones = new StringBuilder();
        var lastWasSpace = false;
        foreach (var ch in text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (Tones.TryGetValue(ch, out var tone))
            {
                if (tones.Length > 0) tones[^1] = tone;
                continue;
            }
            // The marks that make letters (ă â ê ô ơ ư) recompose with their base letter.
            var letter = ch switch
            {
                '\u0306' => Recompose(letters, 'a', 'ă'),
                '\u0302' => Recompose(letters, null, '^'),
                '\u031B' => Recompose(letters, null, '+'),
                _ => (char?)null,
            };
            if (letter is not null || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace) letters.Append("ab");
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            if (Codes.TryGetValue(ch, out var code))
            {
                letters.Append(code);
                tones.Append('a');
            }
            // Punctuation is ignored, as in a dictionary.
        }
        var key = letters.Append("aa").Append(tones).ToString();
        return key.Length > MaxLength ? key[..MaxLength] : key;
    }

    /// <summary>Replaces the last letter's code by its marked form's (a + ˘ → ă, a/e/o + ^ → â/ê/ô, o/u + ʼ → ơ/ư).</summary>
    private static char? Recompose(StringBuilder letters, char? onlyFor, char mark)
    {
        if (letters.Length < 2) return null;
        var last = Alphabet[((letters[^2] - 'a') * 26) + (letters[^1] - 'a') - 2];
        char? marked = (last, mark) switch
        {
            ('a', 'ă') => 'ă',
            ('a', '^') => 'â',
            ('e', '^') => 'ê',
            ('o', '^') => 'ô',
            ('o', '+') => 'ơ',
            ('u', '+') => 'ư',
            _ => null,
        };
        if (marked is null || (onlyFor is not null && last != onlyFor)) return null;
        letters.Length -= 2;
        letters.Append(Codes[marked.Value]);
        return marked;
    }
}
