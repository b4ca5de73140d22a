using FluentValidation;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Common.Validation;

/// <summary>
/// Validators for money fields, applying <see cref="MoneyRules"/> (whole VND, at most 10^13) as range rules, so the
/// OpenAPI document shows them as minimum/maximum (ValidationSchemaFilter cannot read a Must).
/// </summary>
public static class MoneyValidation
{
    /// <summary>An amount: more than zero and at most 10^13.</summary>
    public static IRuleBuilderOptions<T, long> MustBeVnd<T>(this IRuleBuilder<T, long> rule) =>
        rule.InclusiveBetween(1L, MoneyRules.MaxVnd).WithText("amount-out-of-range");

    /// <summary>An amount, or nothing.</summary>
    public static IRuleBuilderOptions<T, long?> MustBeVndOrEmpty<T>(this IRuleBuilder<T, long?> rule) =>
        rule.InclusiveBetween(1L, MoneyRules.MaxVnd).WithText("amount-out-of-range");

    /// <summary>A value from zero to 10^13.</summary>
    public static IRuleBuilderOptions<T, long> MustBeAVndValue<T>(this IRuleBuilder<T, long> rule) =>
        rule.InclusiveBetween(0L, MoneyRules.MaxVnd).WithText("value-out-of-range");
}
