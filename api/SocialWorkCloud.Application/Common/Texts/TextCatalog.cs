using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace SocialWorkCloud.Application.Common.Texts;

/// <summary>
/// Every text of the API by key, in the current UI culture (Vietnamese unless the caller asked for
/// English). Built once from every <see cref="TextResource"/> set in the application.
/// </summary>
public static class TextCatalog
{
    private static readonly Lazy<FrozenDictionary<string, ResourceManager>> Sets = new(Load);

    private static readonly AsyncLocal<bool> BothLanguagesFlag = new();

    /// <summary>What joins the two languages of one text.</summary>
    public const string LanguageSeparator = " / ";

    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi");
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Key, string Culture), string?> Templates = new();

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/> (default: the current UI culture), formatted with <paramref name="args"/>; null when no set has the key.</summary>
    public static string? Find(string key, CultureInfo? culture = null, params object?[] args)
    {
        if (!Sets.Value.TryGetValue(key, out var set)) return null;
        var ui = culture ?? CultureInfo.CurrentUICulture;
        // Read once per key and language: ResourceManager.GetString takes a lock on every call, and validation reaches
        // here for each field name of each request (FluentValidation's display-name resolver).
        var template = Templates.GetOrAdd((key, ui.Name), static (k, state) => state.Set.GetString(k.Key, state.Ui), (Set: set, Ui: ui));
        if (template is null) return null;
        return args.Length == 0 ? template : string.Format(FormatCulture(ui), template, args);
    }

    /// <summary>
    /// A caller that names no language (a script, a third-party system) gets "Vietnamese / English";
    /// set per request by the host from the Accept-Language header.
    /// </summary>
    public static bool BothLanguages
    {
        get => BothLanguagesFlag.Value;
        set => BothLanguagesFlag.Value = value;
    }

    /// <summary>
    /// The text for <paramref name="key"/> as the caller reads it: the current UI culture, or both languages
    /// joined by " / " when the caller named none; the key itself when no set has it (visible, never a crash).
    /// </summary>
    public static string Get(string key, params object?[] args) =>
        BothLanguages ? InBoth(key, args) : Find(key, null, args) ?? key;

    /// <summary>"Vietnamese / English" for <paramref name="key"/>, whatever the caller's language (bilingual documents, callers naming none).</summary>
    public static string InBoth(string key, params object?[] args)
    {
        var vietnamese = Find(key, Vietnamese, args);
        var english = Find(key, English, args);
        return vietnamese is null ? key : english is null || english == vietnamese ? vietnamese : vietnamese + LanguageSeparator + english;
    }

    public static bool Has(string key) => Sets.Value.ContainsKey(key);

    /// <summary>Every key of every set, for the parity test and the README's list of codes.</summary>
    public static IReadOnlyCollection<string> Keys => Sets.Value.Keys;

    /// <summary>The sets themselves (type → its resource manager), for the parity test.</summary>
    public static IEnumerable<Type> SetTypes => typeof(TextResource).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(TextResource)));

    /// <summary>Numbers and dates in a text follow the language: 1.500.000 and dd/MM/yyyy in Vietnamese.</summary>
    private static CultureInfo FormatCulture(CultureInfo ui) =>
        ui.TwoLetterISOLanguageName == "en" ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("vi-VN");

    private static FrozenDictionary<string, ResourceManager> Load()
    {
        var map = new Dictionary<string, ResourceManager>(StringComparer.Ordinal);
        foreach (var type in SetTypes)
        {
            var manager = new ResourceManager(type);
            var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
                ?? throw new InvalidOperationException($"{type.FullName}.resx is missing beside {type.Name}.cs.");
            foreach (System.Collections.DictionaryEntry entry in neutral)
            {
                var key = (string)entry.Key;
                if (!map.TryAdd(key, manager))
                    throw new InvalidOperationException($"The text key '{key}' is defined in {type.Name} and {map[key].BaseName}: a key lives in one set.");
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
