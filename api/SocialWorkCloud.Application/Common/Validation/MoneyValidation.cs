using FluentValidation;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Application.Common.Validation;

/// <summary>Validators for money fields, applying <see cref="MoneyRules"/> (whole VND, at most 10^13).</summary>
public static class MoneyValidation
{
    private const string AmountMessage =
        "Số tiền phải lớn hơn 0 và không quá 10.000.000.000.000 đồng. / The amount must be more than 0 and at most 10,000,000,000,000 VND.";

    /// <summary>An amount: more than zero and at most 10^13.</summary>
    public static IRuleBuilderOptions<T, long> MustBeVnd<T>(this IRuleBuilder<T, long> rule) =>
        rule.Must(MoneyRules.IsAmount).WithMessage(AmountMessage);

    /// <summary>An amount, or nothing.</summary>
    public static IRuleBuilderOptions<T, long?> MustBeVndOrEmpty<T>(this IRuleBuilder<T, long?> rule) =>
        rule.Must(v => v is not { } vnd || MoneyRules.IsAmount(vnd)).WithMessage(AmountMessage);

    /// <summary>A value from zero to 10^13.</summary>
    public static IRuleBuilderOptions<T, long> MustBeAVndValue<T>(this IRuleBuilder<T, long> rule) =>
        rule.Must(MoneyRules.IsValue).WithMessage("Giá trị từ 0 đến 10.000 tỷ đồng. / The value must be between 0 and 10^13 VND.");
}
