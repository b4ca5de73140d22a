using FluentValidation;
using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Common.Validation;

public static class TextRules
{
    /// <summary>The rule's error code and its text from the resources, in the caller's language at validation time.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code, params object?[] args) =>
        rule.WithErrorCode(code).WithMessage(_ => TextCatalog.Get(code, args));

    /// <summary>Field names in messages come from the resources (<c>field.&lt;jsonName&gt;</c>) when the area has one.</summary>
    public static void UseFieldNamesFromTexts()
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : TextCatalog.Find("field." + char.ToLowerInvariant(member.Name[0]) + member.Name[1..]);
        // A rule's later checks never see a value its earlier check refused: `NotNull().Must(g => g.Count…)`
        // must not dereference the null NotNull just reported (issue 19: that was a 500).
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }
}
