using System.Collections;
using System.Globalization;
using System.Resources;
using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.UnitTests.Infrastructure;

public class TextCatalogTests
{
    public static TheoryData<Type> Sets => new(TextCatalog.SetTypes);

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_text_set_has_the_same_keys_in_vietnamese_and_english(Type set)
    {
        var manager = new ResourceManager(set);
        var vietnamese = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var english = Keys(manager.GetResourceSet(TextCatalog.English, createIfNotExists: true, tryParents: false));
        english.Except(vietnamese).ShouldBeEmpty($"{set.Name}.en.resx has keys {set.Name}.resx lacks");
        vietnamese.Except(english).ShouldBeEmpty($"{set.Name}.resx has keys {set.Name}.en.resx lacks");
        vietnamese.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_catalog_finds_every_area_set_and_a_key_in_either_language()
    {
        TextCatalog.SetTypes.ShouldContain(typeof(CommonTexts));
        TextCatalog.Find("stale-version", TextCatalog.Vietnamese).ShouldStartWith("Bản ghi đã được người khác thay đổi");
        TextCatalog.Find("stale-version", TextCatalog.English).ShouldStartWith("The record was changed by someone else");
        TextCatalog.Find("no-such-key", TextCatalog.English).ShouldBeNull();
    }

    [Fact]
    public void A_caller_naming_no_language_reads_both_and_placeholders_are_filled()
    {
        var before = TextCatalog.BothLanguages;
        try
        {
            TextCatalog.BothLanguages = true;
            TextCatalog.Get("permission-required", "cases.work").ShouldBe("Cần quyền 'cases.work'. / The permission 'cases.work' is required.");
            TextCatalog.BothLanguages = false;
            CultureInfo.CurrentUICulture = TextCatalog.English;
            TextCatalog.Get("permission-required", "cases.work").ShouldBe("The permission 'cases.work' is required.");
            TextCatalog.Get("a-key-nobody-defined").ShouldBe("a-key-nobody-defined");
        }
        finally
        {
            TextCatalog.BothLanguages = before;
        }
    }

    [Fact]
    public void No_text_of_either_language_is_itself_two_languages_joined() =>
        TextCatalog.Keys
            .SelectMany(key => new[] { TextCatalog.Find(key, TextCatalog.Vietnamese)!, TextCatalog.Find(key, TextCatalog.English)! })
            .Where(text => text.Contains(" / ", StringComparison.Ordinal))
            .ShouldBeEmpty();

    private static HashSet<string> Keys(ResourceSet? set) =>
        set is null ? [] : set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
}
