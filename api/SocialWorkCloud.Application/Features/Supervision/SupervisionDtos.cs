using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

public sealed record TeamMember(string Name, string? Title);

public sealed record VisitSummaryDto(
    Guid Id, Guid FacilityId, string FacilityName, VisitStatus Status, DateOnly PlannedOn, DateOnly? ConductedOn, string Scope,
    int Recommendations, int OpenRecommendations, int OverdueRecommendations);

public enum RecommendationEventKind
{
    /// <summary>The facility's follow-up: a status with a note and its date.</summary>
    FollowUp = 1,
    /// <summary>The province accepted the follow-up: the recommendation is settled.</summary>
    Accepted = 2,
    /// <summary>The province reopened it with a comment.</summary>
    Reopened = 3,
}

/// <summary>One line of a recommendation's append-only history.</summary>
public sealed record RecommendationEvent(RecommendationEventKind Kind, RecommendationStatus? Status, string? Note, DateOnly? Date, DateTimeOffset At);

public sealed record RecommendationDto(
    Guid Id, Guid VisitId, int Number, string Text, DateOnly DueOn, RecommendationStatus Status, bool Accepted, bool Overdue, Guid Version,
    IReadOnlyList<RecommendationEvent> History);

public sealed record VisitDto(
    Guid Id, Guid FacilityId, string FacilityName, VisitStatus Status, DateOnly PlannedOn, DateOnly? ConductedOn, string Scope, string? Findings,
    IReadOnlyList<TeamMember> Team, DateTimeOffset? ClosedAt, Guid Version, IReadOnlyList<RecommendationDto> Recommendations);

/// <summary>A recommendation still to be carried out (open or in progress) or awaiting the province's review.</summary>
public sealed record OpenRecommendationDto(
    Guid Id, Guid VisitId, DateOnly VisitOn, Guid FacilityId, string FacilityName, int Number, string Text, DateOnly DueOn,
    RecommendationStatus Status, bool Overdue, Guid Version);

/// <summary>Supervision of one facility of the province: visits and the state of their recommendations.</summary>
public sealed record FacilitySupervisionRow(
    Guid FacilityId, string FacilityName, int Visits, DateOnly? LastVisitOn, DateOnly? NextPlannedOn, int OpenRecommendations,
    int OverdueRecommendations, int AwaitingReview);

public sealed record SupervisionOverview(DateOnly AsOf, IReadOnlyList<FacilitySupervisionRow> Facilities);
