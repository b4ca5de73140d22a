using FluentValidation;
using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Common.Validation;

public static class TextRules
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.MemberInfo, string> FieldKeys = new();

    /// <summary>The rule's error code and its text from the resources, in the caller's language at validation time.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code, params object?[] args) =>
        rule.WithErrorCode(code).WithMessage(_ => TextCatalog.Get(code, args));

    /// <summary>Field names in messages come from the resources (<c>field.&lt;jsonName&gt;</c>) when the area has one.</summary>
    public static void UseFieldNamesFromTexts()
    {
        // FluentValidation asks on every validation of every rule, not only for a message: the key is made once per member
        // (issue 19: it was two strings per rule per request); the text is still looked up in the caller's language each time.
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : TextCatalog.Find(FieldKeys.GetOrAdd(member, static m => "field." + char.ToLowerInvariant(m.Name[0]) + m.Name[1..]));
        // A rule's later checks never see a value its earlier check refused: `NotNull().Must(g => g.Count…)`
        // must not dereference the null NotNull just reported (issue 19: that was a 500).
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }
}
