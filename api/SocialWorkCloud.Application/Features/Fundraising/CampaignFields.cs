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
    long? TargetMaximum { get; }
    string? BankBin { get; }
    string? BankAccountNumber { get; }
    string? BankAccountHolder { get; }
}

internal sealed class CampaignFieldsValidator : AbstractValidator<ICampaignFields>
{
    private static bool IsAccountNumber(string? number) => number is not null && AccountNumbers.Pattern().IsMatch(number.Replace(" ", string.Empty, StringComparison.Ordinal));

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
        RuleFor(x => x.TargetMaximum).MustBeVndOrEmpty();
        RuleFor(x => x.TargetMaximum).Must((x, top) => top is null || (x.TargetAmount is { } bottom && top >= bottom))
            .WithText("campaign-target-range");
        // The transfer account is all or nothing: a VietQR code needs both the bank and the number.
        RuleFor(x => x.BankBin).Must(bin => VietnameseBanks.Find(bin) is not null).When(x => x.BankBin is not null)
            .WithText("campaign-bank-unknown");
        RuleFor(x => x.BankAccountNumber).Must(IsAccountNumber).When(x => x.BankAccountNumber is not null)
            .WithText("campaign-account-number");
        RuleFor(x => x.BankAccountNumber).NotNull().When(x => x.BankBin is not null || x.BankAccountHolder is not null)
            .WithText("campaign-transfer-incomplete");
        RuleFor(x => x.BankBin).NotNull().When(x => x.BankAccountNumber is not null || x.BankAccountHolder is not null)
            .WithText("campaign-transfer-incomplete");
        RuleFor(x => x.BankAccountHolder).MaximumLength(100);
        // Outer bounds for the document; the bank list and the account pattern above decide the rest.
        RuleFor(x => x.BankBin).MaximumLength(8);
        RuleFor(x => x.BankAccountNumber).MaximumLength(40);
    }
}

internal static class CampaignMapping
{
    public static CampaignDescription ToDescription(this ICampaignFields f) => new(
        f.Title, f.Purpose, f.Scope, f.Beneficiaries, f.BankAccount, f.GoodsReceptionPlace, f.StartDate, f.EndDate, f.DistributionDate, f.TargetAmount,
        f.TargetMaximum, f.BankBin is { } bin && f.BankAccountNumber is { } number ? new TransferAccount(bin, number, f.BankAccountHolder) : null);

    /// <summary>The structured transfer account with its VietQR payload, or null when the campaign has none (only free text, or nothing).</summary>
    public static TransferAccountDto? TransferOf(Campaign c) =>
        c.BankBin is { } bin && c.BankAccountNumber is { } number
            ? new TransferAccountDto(bin, VietnameseBanks.Find(bin)?.ShortName ?? bin, VietnameseBanks.Find(bin)?.Name ?? bin, number,
                c.BankAccountHolder, VietQr.Payload(bin, number))
            : null;
}

/// <summary>The bank's account numbers are 6 to 19 digits (spaces are dropped before this check).</summary>
internal static partial class AccountNumbers
{
    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{6,19}$")]
    internal static partial System.Text.RegularExpressions.Regex Pattern();
}
