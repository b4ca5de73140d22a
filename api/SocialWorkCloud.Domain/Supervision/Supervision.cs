using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Supervision;

public enum VisitStatus
{
    Planned = 1,
    /// <summary>Carried out: the conducted date is recorded, findings and recommendations are being written.</summary>
    Conducted = 2,
    /// <summary>The minutes are issued: findings and recommendations are final and the facility follows up.</summary>
    Closed = 3,
}

/// <summary>A supervision or inspection visit (giám sát, kiểm tra) by the province Health Department to one facility.</summary>
[GlobalEntity("Written by the province Health Department about one facility of its province; read only through SupervisionScope (the visited facility or its province).")]
public class SupervisionVisit : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProvinceId { get; set; }
    public Guid FacilityId { get; set; }
    public VisitStatus Status { get; set; } = VisitStatus.Planned;
    public DateOnly PlannedOn { get; set; }
    public DateOnly? ConductedOn { get; set; }
    public required string Scope { get; set; }
    public string? Findings { get; set; }
    public List<SupervisionTeamMember> Team { get; set; } = [];
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A member of the visiting team, stored with the visit (one JSON column).</summary>
public sealed record SupervisionTeamMember(string Name, string? Title);

public enum RecommendationStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
    NotFeasible = 4,
}

/// <summary>
/// A recommendation (kiến nghị) of a visit with its due date. Its current status is kept here for the
/// counts; the history is append-only: the facility's follow-ups and the province's reviews.
/// </summary>
[GlobalEntity("Part of a province's supervision visit, followed up by the visited facility; read only through SupervisionScope.")]
public class SupervisionRecommendation : IVersioned
{
    public Guid Id { get; set; }
    public Guid VisitId { get; set; }
    /// <summary>The visited facility (copied from the visit for the per-facility counts).</summary>
    public Guid FacilityId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public DateOnly DueOn { get; set; }
    public RecommendationStatus Status { get; set; } = RecommendationStatus.Open;
    /// <summary>Set when the province accepts a "done" or "not feasible" follow-up: the recommendation is settled.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>The facility's follow-up on a recommendation: a status with a note and the date it refers to.</summary>
public class RecommendationFollowUp : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid RecommendationId { get; set; }
    public RecommendationStatus Status { get; set; }
    public required string Note { get; set; }
    public DateOnly Date { get; set; }
    public Guid? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

public enum ReviewOutcome
{
    Accepted = 1,
    Reopened = 2,
}

/// <summary>The province's answer to a follow-up: accepted (settled) or reopened with a comment.</summary>
[GlobalEntity("The province's review of a facility's follow-up; read only through SupervisionScope.")]
public class RecommendationReview : IAppendOnly
{
    public Guid Id { get; set; }
    public Guid RecommendationId { get; set; }
    public ReviewOutcome Outcome { get; set; }
    public string? Comment { get; set; }
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
}
