using System.Text.RegularExpressions;

namespace SocialWorkCloud.UnitTests.Architecture;

/// <summary>
/// Texts live in the resources (Texts.resx / Texts.en.resx per area), picked by the caller's language:
/// a "tiếng Việt / English" literal in the API's code is a text that escaped them.
/// </summary>
public partial class BilingualLiteralTests
{
    [Fact]
    public void No_string_literal_in_the_api_joins_two_languages_with_a_slash()
    {
        var api = Path.Combine(RepositoryRoot(), "api");
        var offenders = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains(".Migrations.", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && BilingualLiteral().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(api, x.path)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_recognises_a_bilingual_literal()
    {
        BilingualLiteral().IsMatch("throw new X(\"Báo cáo đã khóa. / The report is locked.\");").ShouldBeTrue();
        BilingualLiteral().IsMatch("var d = \"01/01/2000\";").ShouldBeFalse();
        BilingualLiteral().IsMatch("o.Path = \"/api/v1\";").ShouldBeFalse();
        BilingualLiteral().IsMatch("new(S2, \"Quản lý trường hợp: mở mới / kết thúc\", $\"{a} / {b}\")").ShouldBeFalse();
    }

    /// <summary>
    /// A literal with an accented (Vietnamese) letter, then " / " and an unaccented rest starting with a letter:
    /// "…đã khóa. / The report…". Fractions ("mở mới / kết thúc", "{a} / {b}") have accents or no letters on both sides.
    /// </summary>
    [GeneratedRegex("\"[^\"]*[\u00C0-\u024F\u1E00-\u1EFF][^\"]* / [A-Za-z'][^\"\u00C0-\u024F\u1E00-\u1EFF]*\"")]
    private static partial Regex BilingualLiteral();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SocialWorkCloud.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SocialWorkCloud.sln not found above the test binaries.");
    }
}
