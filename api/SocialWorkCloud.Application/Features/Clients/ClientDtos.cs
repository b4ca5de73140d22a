using SocialWorkCloud.Domain.Clients;

namespace SocialWorkCloud.Application.Features.Clients;

// The vulnerabilities are an array rather than a read-only list: the JSON writer walks an array by index, a read-only list
// through a boxed enumerator, one per listed client (issue 19; the same JSON).
/// <summary>A client in a list: national ID and phone masked.</summary>
public sealed record ClientSummary(
    Guid Id, string FullName, int? BirthYear, DateOnly? DateOfBirth, Sex Sex, string? NationalIdMasked, string? PhoneMasked,
    string? PatientId, string? CommuneWard, Vulnerability[] Vulnerabilities);

/// <summary>A likely duplicate found when creating a client, and why it matched.</summary>
public sealed record ClientMatch(Guid Id, string FullName, int? BirthYear, string? NationalIdMasked, string? PatientId, IReadOnlyList<string> MatchedOn);

public sealed record ClientCaseSummary(Guid Id, Domain.Cases.CaseStage Stage, DateOnly OpenedOn, DateOnly? ClosedOn, bool IsSensitive, string CaseNumber);

/// <summary>
/// The client's own page. National ID and phone are in full only when <see cref="IdentifiersShown"/>
/// (the caller may see them, and the view was audited); otherwise masked.
/// </summary>
public sealed record ClientDetail(
    Guid Id, string FullName, DateOnly? DateOfBirth, int? BirthYear, Sex Sex, string? NationalId, string? InsuranceNumber,
    string? PatientId, string? Province, string? CommuneWard, string? AddressDetail, string? Phone, string? GuardianContact,
    string? HouseholdSituation, IReadOnlyList<Vulnerability> Vulnerabilities, bool IdentifiersShown, bool CreatedDespiteMatches,
    Guid? MergedIntoId, DateTimeOffset CreatedAt, Guid Version, IReadOnlyList<ClientCaseSummary> Cases,
    IReadOnlyList<Consents.ConsentDto> Consents, string? CommuneCode = null,
    DateTimeOffset? RestrictedSince = null, DateTimeOffset? PseudonymisedAt = null);
