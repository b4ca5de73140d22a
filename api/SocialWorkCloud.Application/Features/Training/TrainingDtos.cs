using SocialWorkCloud.Domain.Training;

namespace SocialWorkCloud.Application.Features.Training;

public sealed record TrainingCourseDto(
    Guid Id, string Title, string Organiser, TrainingType Type, DateOnly StartsOn, DateOnly EndsOn, decimal Hours, int Participants);

public sealed record TrainingParticipantDto(Guid Id, ParticipantKind Kind, Guid? StaffMemberId, Guid? CollaboratorId, string? Name, int Headcount);

public sealed record TrainingCourseDetail(TrainingCourseDto Course, IReadOnlyList<TrainingParticipantDto> Participants);

/// <summary>A participant to add: a staff member or collaborator by id, or medical staff by name or as a headcount.</summary>
public sealed record NewParticipant(ParticipantKind Kind, Guid? StaffMemberId = null, Guid? CollaboratorId = null, string? Name = null, int? Headcount = null);

public sealed record TrainingSettingsDto(decimal YearlyHoursThreshold, Guid? Version);

public sealed record PersonHours(ParticipantKind Kind, Guid PersonId, string FullName, decimal Hours, bool BelowThreshold);

/// <summary>
/// A year's training figures: the share of the facility's medical staff trained (denominator: the
/// registry's medical staff count), the share of social-work staff holding a valid certificate, and
/// continuing-education hours per person (staff and collaborators) against the unit's threshold.
/// </summary>
public sealed record TrainingFigures(
    int Year, decimal YearlyHoursThreshold, int MedicalStaffCount, int MedicalStaffTrained, decimal? MedicalStaffTrainedPercent,
    int SocialWorkStaff, int CertifiedStaff, decimal? CertifiedPercent, int People, decimal TotalHours, decimal? HoursPerPerson,
    int BelowThresholdCount, IReadOnlyList<PersonHours> Hours);
