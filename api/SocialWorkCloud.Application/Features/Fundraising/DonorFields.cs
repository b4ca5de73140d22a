using FluentValidation;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Fundraising;

public interface IDonorFields
{
    DonorKind Kind { get; }
    string Name { get; }
    string? Phone { get; }
    string? Email { get; }
    string? Address { get; }
    /// <summary>The commune's official code (2025 reform); Address is then the street and house number.</summary>
    string? CommuneCode { get; }
    bool IsAnonymousInPublic { get; }
    string? Note { get; }
}

internal sealed class DonorFieldsValidator : AbstractValidator<IDonorFields>
{
    public DonorFieldsValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Phone).MaximumLength(32);
        RuleFor(x => x.Email).MaximumLength(200).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Address).MaximumLength(500);
        RuleFor(x => x.CommuneCode).MaximumLength(5);
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

internal static class DonorMapping
{
    public static void Apply(this Donor d, IDonorFields f)
    {
        d.Kind = f.Kind;
        d.Name = f.Name.Trim();
        d.SearchName = VietnameseText.Fold(f.Name);
        d.Phone = f.Phone?.Trim();
        d.Email = f.Email?.Trim();
        d.Address = f.Address?.Trim();
        d.IsAnonymousInPublic = f.IsAnonymousInPublic;
        d.Note = f.Note?.Trim();
    }
}
