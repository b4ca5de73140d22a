using FluentValidation;

namespace SocialWorkCloud.Application.Common.Validation;

public static class DateRules
{
    /// <summary>The first social-work units in Vietnamese hospitals date from the 2010s; nothing before 2000 is plausible.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>An effective date between 01/01/2000 and one year ahead (a decision may take effect later).</summary>
    public static IRuleBuilderOptions<T, DateOnly> MustBeAPlausibleEffectiveDate<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock) =>
        rule.Must(d => d >= Earliest && d <= VietnamClock.Today(clock).AddYears(1))
            .WithText("date-effective-range");

    /// <summary>KPIs are answerable as of any date from 01/01/2000 to 31/12/2050 (the past, and the target years ahead).</summary>
    /// A missing date means today and passes.
    public static IRuleBuilderOptions<T, DateOnly?> MustBeAKpiDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d >= Earliest && d <= new DateOnly(2050, 12, 31)))
            .WithText("date-kpi-range");

    /// <summary>Dates of activities, staff records and reporting periods: 01/01/2000 to 31/12/2050.</summary>
    public static IRuleBuilderOptions<T, DateOnly> MustBeAnActivityDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(d => d >= Earliest && d <= Latest)
            .WithText("date-activity-range");

    public static IRuleBuilderOptions<T, DateOnly?> MustBeAnActivityDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || (d >= Earliest && d <= Latest))
            .WithText("date-activity-range");

    public static readonly DateOnly Latest = new(2050, 12, 31);
}
