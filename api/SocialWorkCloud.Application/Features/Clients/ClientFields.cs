using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.Clients;

/// <summary>The fields a client is created and edited with.</summary>
public interface IClientFields
{
    string FullName { get; }
    DateOnly? DateOfBirth { get; }
    int? BirthYear { get; }
    Sex Sex { get; }
    string? NationalId { get; }
    string? InsuranceNumber { get; }
    string? PatientId { get; }
    string? Province { get; }
    string? CommuneWard { get; }
    /// <summary>The commune's official code (2025 reform); when given, it names the commune and province.</summary>
    string? CommuneCode { get; }
    string? AddressDetail { get; }
    string? Phone { get; }
    string? GuardianContact { get; }
    string? HouseholdSituation { get; }
    IReadOnlyList<Vulnerability>? Vulnerabilities { get; }
}

public sealed class ClientFieldsValidator : AbstractValidator<IClientFields>
{
    public ClientFieldsValidator(TimeProvider clock)
    {
        var thisYear = clock.GetUtcNow().Year;
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.BirthYear).InclusiveBetween(1900, thisYear).When(x => x.BirthYear is not null);
        RuleFor(x => x.DateOfBirth).Must(d => d!.Value.Year >= 1900 && d.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
            .When(x => x.DateOfBirth is not null)
            .WithText("client-birth-date-invalid");
        RuleFor(x => x.BirthYear).Equal(x => x.DateOfBirth!.Value.Year).When(x => x.DateOfBirth is not null && x.BirthYear is not null)
            .WithText("client-birth-year-mismatch");
        RuleFor(x => x.Sex).IsInEnum();
        RuleFor(x => x.NationalId).Matches("^[0-9]{9}$|^[0-9]{12}$").When(x => !string.IsNullOrEmpty(x.NationalId))
            .WithText("client-national-id-format");
        RuleFor(x => x.InsuranceNumber).MaximumLength(20).Matches("^[A-Za-z0-9]+$").When(x => !string.IsNullOrEmpty(x.InsuranceNumber))
            .WithText("client-insurance-number-format");
        RuleFor(x => x.PatientId).MaximumLength(50);
        RuleFor(x => x.Province).MaximumLength(100);
        RuleFor(x => x.CommuneWard).MaximumLength(200);
        RuleFor(x => x.CommuneCode).MaximumLength(5);
        RuleFor(x => x.AddressDetail).MaximumLength(500);
        RuleFor(x => x.Phone).MaximumLength(20).Matches("^\\+?[0-9 .]+$").When(x => !string.IsNullOrEmpty(x.Phone))
            .WithText("client-phone-invalid");
        RuleFor(x => x.GuardianContact).MaximumLength(500);
        RuleFor(x => x.HouseholdSituation).MaximumLength(2000);
        RuleFor(x => x.Vulnerabilities).ItemCount(0, Enum.GetValues<Vulnerability>().Length);
        RuleFor(x => x.NationalId).MaximumLength(12);
        RuleForEach(x => x.Vulnerabilities).IsInEnum().NotEqual(Vulnerability.None);
    }
}

public static class ClientFieldsExtensions
{
    public static void ApplyTo(this IClientFields fields, Client client)
    {
        client.Rename(fields.FullName);
        client.DateOfBirth = fields.DateOfBirth;
        client.BirthYear = fields.DateOfBirth?.Year ?? fields.BirthYear;
        client.Sex = fields.Sex;
        client.NationalId = Clean(fields.NationalId);
        client.InsuranceNumber = Clean(fields.InsuranceNumber)?.ToUpperInvariant();
        client.PatientId = Clean(fields.PatientId);
        client.Province = Clean(fields.Province);
        client.CommuneWard = Clean(fields.CommuneWard);
        client.AddressDetail = Clean(fields.AddressDetail);
        client.Phone = Clean(fields.Phone)?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        client.GuardianContact = Clean(fields.GuardianContact);
        client.HouseholdSituation = Clean(fields.HouseholdSituation);
        client.Vulnerabilities = Vulnerabilities.Combine(fields.Vulnerabilities);
    }

    /// <summary>With a commune code, the commune and province names come from the official list (free text otherwise).</summary>
    public static async Task PlaceAsync(Persistence.AppDbContext db, Client client, string? communeCode, CancellationToken ct)
    {
        var commune = await Places.PlaceRules.CommuneAsync(db, communeCode, ct);
        client.CommuneCode = commune?.Code;
        if (commune is null) return;
        client.CommuneWard = commune.Name;
        client.Province = await db.PlaceProvinces.Where(p => p.Code == commune.ProvinceCode).Select(p => p.Name).SingleAsync(ct);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
