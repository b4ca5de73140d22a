using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

public sealed record CaseSummary(
    Guid Id, string CaseNumber, Guid ClientId, string ClientName, Guid AssignedWorkerId, string? AssignedWorkerName, CasePriority Priority,
    RiskLevel RiskLevel, CaseStage Stage, bool IsSensitive, DateOnly OpenedOn, DateOnly? ClosedOn, ApprovalState PlanApproval,
    ApprovalState ClosureApproval);

/// <summary>A change of the case's risk level, shown in the case history.</summary>
public sealed record RiskChangeDto(RiskLevel From, RiskLevel To, RiskChangeSource Source, DateTimeOffset At, string? ByName);

public sealed record TransitionDto(CaseStage? FromStage, CaseStage ToStage, string? Reason, DateTimeOffset At, string? ByName);

public sealed record AssessmentDto(
    Guid Id, DateOnly AssessedOn, string? Health, string? Psychological, string? FamilyAndEconomic, string? Legal, string? Risks,
    RiskLevel RiskLevel, DateTimeOffset RecordedAt, string? RecordedByName);

public sealed record PlanGoalDto(Guid Id, string Goal, ServiceType? PlannedService, string? Responsible, DateOnly? DueOn);

public sealed record ApprovalDto(ApprovalSubject Subject, ApprovalState Decision, string? Comment, DateTimeOffset At, string? ByName);

public sealed record ServiceDto(
    Guid Id, ServiceType Type, DateOnly DeliveredOn, string Provider, int Quantity, long ValueVnd, string? Note, string Source);

public sealed record NoteDto(Guid Id, string Text, DateTimeOffset At, string? ByName);

public sealed record TaskDto(Guid Id, string Title, DateOnly DueOn, Guid AssigneeId, string? AssigneeName, DateTimeOffset? DoneAt, DateOnly? OverdueSince);

public sealed record CaseDetail(
    Guid Id, string CaseNumber, Guid ClientId, string ClientName, int? ClientBirthYear, Guid AssignedWorkerId, string? AssignedWorkerName,
    CasePriority Priority, RiskLevel RiskLevel, CaseStage Stage, bool IsSensitive, IntakeSource IntakeSource, string PresentingProblem,
    IReadOnlyList<UrgentNeed> UrgentNeeds, DateOnly OpenedOn, DateOnly? ClosedOn, string? ClosingReason, ApprovalState PlanApproval,
    DateOnly? PlanReviewOn, DateOnly? PlanReviewOverdueSince, ApprovalState ClosureApproval, string? RequestedClosingReason,
    Guid? FromReferralId, Guid Version,
    IReadOnlyList<TransitionDto> Transitions, IReadOnlyList<AssessmentDto> Assessments, IReadOnlyList<PlanGoalDto> PlanGoals,
    IReadOnlyList<ApprovalDto> Approvals, IReadOnlyList<ServiceDto> Services, IReadOnlyList<NoteDto> Notes, IReadOnlyList<TaskDto> Tasks,
    IReadOnlyList<RiskChangeDto> RiskChanges, ClosureReason? ClosureReason, ClosureReason? RequestedClosureReason);

public static class UrgentNeeds
{
    public static IReadOnlyList<UrgentNeed> Split(UrgentNeed flags) =>
        Enum.GetValues<UrgentNeed>().Where(n => n != UrgentNeed.None && flags.HasFlag(n)).ToArray();

    public static UrgentNeed Combine(IEnumerable<UrgentNeed>? needs) => (needs ?? []).Aggregate(UrgentNeed.None, (a, n) => a | n);
}
