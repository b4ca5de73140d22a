using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace SocialWorkCloud.Application.Common.Validation;

/// <summary>A rule on the size of a list that the OpenAPI document can show (minItems/maxItems), unlike a Must.</summary>
public interface IMaxItemsValidator
{
    int MinItems { get; }

    int MaxItems { get; }
}

/// <summary>A list of <c>min</c> to <c>max</c> items; a missing list is left to NotNull (so it is not reported twice).</summary>
public sealed class ItemCountValidator<T, TList>(int min, int max) : PropertyValidator<T, TList>, IMaxItemsValidator
    where TList : IEnumerable?
{
    public int MinItems => min;

    public int MaxItems => max;

    public override string Name => "ItemCountValidator";

    public override bool IsValid(ValidationContext<T> context, TList value)
    {
        if (value is null) return true;
        var count = value is ICollection c ? c.Count : value.Cast<object?>().Count();
        return count >= min && count <= max;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' must have between " + min + " and " + max + " items.";
}

public static class ListRules
{
    /// <summary>From <paramref name="min"/> to <paramref name="max"/> items (null passes: pair with NotNull where required).</summary>
    public static IRuleBuilderOptions<T, TList> ItemCount<T, TList>(this IRuleBuilder<T, TList> rule, int min, int max) where TList : IEnumerable? =>
        rule.SetValidator(new ItemCountValidator<T, TList>(min, max));
}
