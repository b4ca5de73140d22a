using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>A nomination with the province's decision once taken (its status says awarded or not).</summary>
public sealed record NominationDto(
    Guid Id, Guid FacilityId, string FacilityName, int Year, NomineeKind NomineeKind, string NomineeName, string? NomineeTitle, Guid? StaffMemberId,
    AwardKind AwardKind, string? AwardText, string Achievements, NominationStatus Status, DateTimeOffset? SubmittedAt, string? DecisionNumber,
    DateOnly? DecisionDate, string? Reason, DateTimeOffset? DecidedAt, Guid Version);
