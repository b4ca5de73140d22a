using FluentValidation;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Common.Validation;

/// <summary>Validators for money fields, applying <see cref="MoneyRules"/> (whole VND, at most 10^13).</summary>
public static class MoneyValidation
{
    /// <summary>An amount: more than zero and at most 10^13.</summary>
    public static IRuleBuilderOptions<T, long> MustBeVnd<T>(this IRuleBuilder<T, long> rule) =>
        rule.Must(MoneyRules.IsAmount).WithText("amount-out-of-range");

    /// <summary>An amount, or nothing.</summary>
    public static IRuleBuilderOptions<T, long?> MustBeVndOrEmpty<T>(this IRuleBuilder<T, long?> rule) =>
        rule.Must(v => v is not { } vnd || MoneyRules.IsAmount(vnd)).WithText("amount-out-of-range");

    /// <summary>A value from zero to 10^13.</summary>
    public static IRuleBuilderOptions<T, long> MustBeAVndValue<T>(this IRuleBuilder<T, long> rule) =>
        rule.Must(MoneyRules.IsValue).WithText("value-out-of-range");
}
