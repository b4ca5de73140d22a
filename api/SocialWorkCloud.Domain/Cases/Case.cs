using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Cases;

/// <summary>
/// One case of one client at one facility, moving through the process of Circular 02/2020/TT-BLĐTBXH:
/// intake → assessment → planning → implementation → monitoring → closed.
/// </summary>
public class Case : ITenantOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid ClientId { get; set; }
    public Guid AssignedWorkerId { get; set; }
    public CasePriority Priority { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public CaseStage Stage { get; set; }
    /// <summary>Violence, abuse, trafficking: visible only to the assigned worker and the unit head, every access audited.</summary>
    public bool IsSensitive { get; set; }
    public IntakeSource IntakeSource { get; set; }
    public required string PresentingProblem { get; set; }
    public UrgentNeed UrgentNeeds { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosingReason { get; set; }
    public ApprovalState PlanApproval { get; set; }
    public DateOnly? PlanReviewOn { get; set; }
    /// <summary>Set by the daily job when the plan's review date has passed; cleared when the plan is reviewed.</summary>
    public DateOnly? PlanReviewOverdueSince { get; set; }
    public ApprovalState ClosureApproval { get; set; }
    /// <summary>The reason given with the closure request, applied when the unit head approves.</summary>
    public string? RequestedClosingReason { get; set; }
    /// <summary>The cross-facility referral this case was opened from, if any.</summary>
    public Guid? FromReferralId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }
}

public enum CaseStage
{
    Intake = 0,
    Assessment = 1,
    Planning = 2,
    Implementation = 3,
    Monitoring = 4,
    Closed = 5,
}

public enum CasePriority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3,
}

public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
}

public enum IntakeSource
{
    Self = 0,
    ClinicalDepartment = 1,
    Police = 2,
    Commune = 3,
    Hotline = 4,
    AnotherFacility = 5,
}

[Flags]
public enum UrgentNeed
{
    None = 0,
    Medical = 1 << 0,
    Money = 1 << 1,
    Food = 1 << 2,
    Clothing = 1 << 3,
    Shelter = 1 << 4,
    TransportHome = 1 << 5,
}

public enum ApprovalState
{
    None = 0,
    Requested = 1,
    Approved = 2,
    Returned = 3,
}

public static class CaseProcess
{
    /// <summary>
    /// Whether a move between stages is allowed, and whether it needs a recorded reason. Forward by one
    /// step is the normal path; skipping forward or stepping back needs a reason; closing goes through
    /// the closure approval and reopening through <see cref="Reopen"/>, never through a transition.
    /// </summary>
    public static TransitionCheck Check(CaseStage from, CaseStage to, ApprovalState plan)
    {
        if (from == CaseStage.Closed) return TransitionCheck.Refused("case-closed");
        if (to == CaseStage.Closed) return TransitionCheck.Refused("closure-needs-approval");
        if (to == from) return TransitionCheck.Refused("same-stage");
        // Implementation follows an approved plan, as Primero does.
        if (to >= CaseStage.Implementation && from < CaseStage.Implementation && plan != ApprovalState.Approved)
            return TransitionCheck.Refused("plan-not-approved");
        var needsReason = to != from + 1;
        return new TransitionCheck(true, needsReason, null);
    }
}

public sealed record TransitionCheck(bool Allowed, bool NeedsReason, string? Rule)
{
    public static TransitionCheck Refused(string rule) => new(false, false, rule);
}

/// <summary>One move of a case between stages: who, when, why. Append-only.</summary>
public class CaseTransition : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public CaseStage? FromStage { get; set; }
    public CaseStage ToStage { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ByUserId { get; set; }
}

public class Assessment : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public string? Health { get; set; }
    public string? Psychological { get; set; }
    public string? FamilyAndEconomic { get; set; }
    public string? Legal { get; set; }
    public string? Risks { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>A goal of the case plan with its planned service, responsible person and due date.</summary>
public class PlanGoal : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public required string Goal { get; set; }
    public ServiceType? PlannedService { get; set; }
    public string? Responsible { get; set; }
    public DateOnly? DueOn { get; set; }
    public int Order { get; set; }
}

public enum ApprovalSubject
{
    Plan = 0,
    Closure = 1,
}

/// <summary>One step of an approval (request, approve, return with a comment). Append-only: the trail stays.</summary>
public class CaseApproval : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public ApprovalSubject Subject { get; set; }
    public ApprovalState Decision { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ByUserId { get; set; }
}

public class CaseNote : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ByUserId { get; set; }
}

public class FollowUpTask : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public Guid AssigneeId { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    /// <summary>Set by the daily job once the due date has passed with the task still open.</summary>
    public DateOnly? OverdueSince { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Something the unit head must look at: a child assessed at high risk.</summary>
public class CaseAlert : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public CaseAlertKind Kind { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedBy { get; set; }
}

public enum CaseAlertKind
{
    ChildAtHighRisk = 0,
}
