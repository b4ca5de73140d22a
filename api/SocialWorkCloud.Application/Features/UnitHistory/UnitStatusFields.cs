using FluentValidation;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.UnitHistory;

/// <summary>What every entry of a unit's history states, whoever records it (onboarding, a change, a correction).</summary>
public interface IUnitStatusFields
{
    UnitStatus Status { get; }
    DateOnly EffectiveDate { get; }
    string? DecisionNumber { get; }
    string? HeadName { get; }
    int Headcount { get; }
}

public static class UnitStatusFieldsExtensions
{
    /// <summary>The facts an entry states, as the domain takes them.</summary>
    public static UnitStatusFacts Facts(this IUnitStatusFields fields) =>
        new(fields.Status, fields.EffectiveDate, fields.DecisionNumber, fields.HeadName, fields.Headcount);
}

public sealed class UnitStatusFieldsValidator : AbstractValidator<IUnitStatusFields>
{
    public UnitStatusFieldsValidator(TimeProvider clock)
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.EffectiveDate).MustBeAPlausibleEffectiveDate(clock);
        RuleFor(x => x.DecisionNumber).MaximumLength(100);
        RuleFor(x => x.DecisionNumber).NotEmpty().When(x => x.Status >= UnitStatus.Team)
            .WithText("unit-decision-required");
        RuleFor(x => x.HeadName).MaximumLength(200);
        RuleFor(x => x.Headcount).InclusiveBetween(0, 10_000);
    }
}
