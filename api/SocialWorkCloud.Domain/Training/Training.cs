using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Training;

public enum TrainingType
{
    Course = 1,
    Workshop = 2,
    StudyVisit = 3,
}

public class TrainingCourse : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public required string Title { get; set; }
    public required string Organiser { get; set; }
    public TrainingType Type { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public decimal Hours { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum ParticipantKind
{
    Staff = 1,
    Collaborator = 2,
    /// <summary>The facility's doctors and nurses: named or only counted, no account needed.</summary>
    MedicalStaff = 3,
}

/// <summary>
/// Who attended a course: a staff member or collaborator by id, or medical staff by name or only
/// as a headcount.
/// </summary>
public class TrainingParticipant : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CourseId { get; set; }
    public ParticipantKind Kind { get; set; }
    public Guid? StaffMemberId { get; set; }
    public Guid? CollaboratorId { get; set; }
    public string? Name { get; set; }
    public int Headcount { get; set; } = 1;
}

/// <summary>The unit's own training settings (one row per facility).</summary>
public class TrainingSettings : ITenantOwned, IVersioned
{
    public const decimal DefaultYearlyHours = 24m;

    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public decimal YearlyHoursThreshold { get; set; } = DefaultYearlyHours;
    public Guid Version { get; set; }
}
