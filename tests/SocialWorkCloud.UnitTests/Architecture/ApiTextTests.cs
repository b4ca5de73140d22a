using System.Text.RegularExpressions;

namespace SocialWorkCloud.UnitTests.Architecture;

/// <summary>
/// Texts live in the resources (Texts.resx / Texts.en.resx per area), picked by the caller's language,
/// and errors carry a code: a "tiếng Việt / English" literal in the API's code is a text that escaped
/// them, and a code thrown without a text would reach the caller as the bare code.
/// </summary>
public partial class ApiTextTests
{
    [Fact]
    public void No_string_literal_in_the_api_joins_two_languages_with_a_slash() =>
        ApiSourceLines()
            .Where(x => BilingualLiteral().IsMatch(x.Line))
            .Select(x => $"{x.Where}: {x.Line.Trim()}")
            .ShouldBeEmpty();

    [Fact]
    public void Every_error_code_the_api_raises_has_a_text()
    {
        var raised = ApiSourceLines()
            .SelectMany(x => RaisedCode().Matches(x.Line).Select(m => (x.Where, Code: m.Groups["code"].Value)))
            .ToList();
        raised.Count.ShouldBeGreaterThan(100);
        raised.Where(x => !SocialWorkCloud.Application.Common.Texts.TextCatalog.Has(x.Code))
            .Select(x => $"{x.Where}: {x.Code}")
            .ShouldBeEmpty();
    }

    /// <summary>Every code line of the API (migrations, build output and comments left out).</summary>
    private static IEnumerable<(string Where, string Line)> ApiSourceLines()
    {
        var api = Path.Combine(RepositoryRoot(), "api");
        return Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains(".Migrations.", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (Where: $"{Path.GetRelativePath(api, path)}:{i + 1}", Line: line)))
            .Where(x => !x.Line.TrimStart().StartsWith("//", StringComparison.Ordinal));
    }

    /// <summary>A code literal given to a coded exception, a validation rule's text or a sign-in outcome.</summary>
    [GeneratedRegex("(?:new (?:BusinessRule|Conflict|Forbidden|Unauthenticated|DomainRule)Exception|\\.WithText|AuthOutcome\\.Fail)\\(\"(?<code>[^\"]+)\"")]
    private static partial Regex RaisedCode();

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
