using FluentValidation;
using SocialWorkCloud.Application.Features.Facilities;

namespace SocialWorkCloud.Application.Common.Validation;

public static class DateRules
{
    /// <summary>The first social-work units in Vietnamese hospitals date from the 2010s; nothing before 2000 is plausible.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>An effective date between 01/01/2000 and one year ahead (a decision may take effect later).</summary>
    public static IRuleBuilderOptions<T, DateOnly> MustBeAPlausibleEffectiveDate<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock) =>
        rule.Must(d => d >= Earliest && d <= VietnamClock.Today(clock).AddYears(1))
            .WithMessage("Ngày hiệu lực phải từ 01/01/2000 đến tối đa một năm tới. / The effective date must be between 01/01/2000 and one year ahead.");

    /// <summary>KPIs are answerable as of any date from 01/01/2000 to 31/12/2050 (the past, and the target years ahead).</summary>
    /// A missing date means today and passes.
    public static IRuleBuilderOptions<T, DateOnly?> MustBeAKpiDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d >= Earliest && d <= new DateOnly(2050, 12, 31)))
            .WithMessage("Ngày tính chỉ số phải từ 01/01/2000 đến 31/12/2050. / The as-of date must be between 01/01/2000 and 31/12/2050.");

    /// <summary>Dates of activities, staff records and reporting periods: 01/01/2000 to 31/12/2050.</summary>
    public static IRuleBuilderOptions<T, DateOnly> MustBeAnActivityDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(d => d >= Earliest && d <= Latest)
            .WithMessage("Ngày phải từ 01/01/2000 đến 31/12/2050. / The date must be between 01/01/2000 and 31/12/2050.");

    public static IRuleBuilderOptions<T, DateOnly?> MustBeAnActivityDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d >= Earliest && d <= Latest))
            .WithMessage("Ngày phải từ 01/01/2000 đến 31/12/2050. / The date must be between 01/01/2000 and 31/12/2050.");

    public static readonly DateOnly Latest = new(2050, 12, 31);
}
