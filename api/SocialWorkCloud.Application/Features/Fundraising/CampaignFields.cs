using SocialWorkCloud.Application.Common.Validation;
using FluentValidation;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>What a campaign says about itself; shared by creating and editing one.</summary>
public interface ICampaignFields
{
    string Title { get; }
    string Purpose { get; }
    string? Scope { get; }
    string? Beneficiaries { get; }
    string? BankAccount { get; }
    string? GoodsReceptionPlace { get; }
    DateOnly StartDate { get; }
    DateOnly? EndDate { get; }
    DateOnly? DistributionDate { get; }
    long? TargetAmount { get; }
}

internal sealed class CampaignFieldsValidator : AbstractValidator<ICampaignFields>
{
    public CampaignFieldsValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Purpose).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Scope).MaximumLength(1000);
        RuleFor(x => x.Beneficiaries).MaximumLength(1000);
        RuleFor(x => x.BankAccount).MaximumLength(300);
        RuleFor(x => x.GoodsReceptionPlace).MaximumLength(300);
        RuleFor(x => x.StartDate).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31))
            .WithText("campaign-start-date-range");
        RuleFor(x => x.EndDate).Must((x, end) => end is null || (end >= x.StartDate && end <= x.StartDate.AddYears(10)))
            .WithText("campaign-end-date-range");
        RuleFor(x => x.DistributionDate).Must((x, d) => d is null || (d >= x.StartDate && d <= x.StartDate.AddYears(11)))
            .WithText("campaign-distribution-date-range");
        RuleFor(x => x.TargetAmount).MustBeVndOrEmpty();
    }
}

internal static class CampaignMapping
{
    public static CampaignDescription ToDescription(this ICampaignFields f) => new(
        f.Title, f.Purpose, f.Scope, f.Beneficiaries, f.BankAccount, f.GoodsReceptionPlace, f.StartDate, f.EndDate, f.DistributionDate, f.TargetAmount);
}
