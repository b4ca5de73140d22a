using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Cases;

/// <summary>
/// One case of one client at one facility, moving through the process of Circular 02/2020/TT-BLĐTBXH:
/// intake → assessment → planning → implementation → monitoring → closed. The case owns its process:
/// the next stage is free, skipping or going back needs a reason, implementation needs an approved
/// plan, closing goes through the unit head's approval with a reason, reopening starts again at the
/// assessment. Each transition leaves its append-only records (<see cref="CaseTransition"/>,
/// <see cref="CaseApproval"/>, <see cref="PlanGoal"/>) for the caller to add: <see cref="TakeNewRecords"/>.
/// </summary>
public class Case : ITenantOwned, IVersioned
{
    private readonly List<object> _newRecords = [];

    private Case()
    {
    }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    /// <summary>The facility's number for the case, e.g. <c>TH-2026-0042</c>: facility code, year opened, sequence in that year.</summary>
    public string CaseNumber { get; private set; } = null!;
    /// <summary>The year part of <see cref="CaseNumber"/> (the year the case was numbered).</summary>
    public int NumberYear { get; private set; }
    /// <summary>The sequence part of <see cref="CaseNumber"/>: 1, 2, 3… per facility and year, without gaps.</summary>
    public int NumberSequence { get; private set; }
    public Guid ClientId { get; private set; }
    public Guid AssignedWorkerId { get; private set; }
    public CasePriority Priority { get; private set; }
    public RiskLevel RiskLevel { get; private set; }
    public CaseStage Stage { get; private set; }
    /// <summary>Violence, abuse, trafficking: visible only to the assigned worker and the unit head, every access audited.</summary>
    public bool IsSensitive { get; private set; }
    public IntakeSource IntakeSource { get; private set; }
    public string PresentingProblem { get; private set; } = null!;
    public UrgentNeed UrgentNeeds { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    /// <summary>Free text with the closure (required when the reason is <see cref="ClosureReason.Other"/>).</summary>
    public string? ClosingReason { get; private set; }
    /// <summary>Why the case closed, from the list; null for cases closed before the list existed.</summary>
    public ClosureReason? ClosureReason { get; private set; }
    public ApprovalState PlanApproval { get; private set; }
    public DateOnly? PlanReviewOn { get; private set; }
    /// <summary>Set by the daily job when the plan's review date has passed; cleared when the plan is reviewed.</summary>
    public DateOnly? PlanReviewOverdueSince { get; private set; }
    public ApprovalState ClosureApproval { get; private set; }
    /// <summary>The reason given with the closure request, applied when the unit head approves.</summary>
    public string? RequestedClosingReason { get; private set; }
    public ClosureReason? RequestedClosureReason { get; private set; }
    /// <summary>The cross-facility referral this case was opened from, if any.</summary>
    public Guid? FromReferralId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid Version { get; set; }

    public bool IsClosed => Stage == CaseStage.Closed;

    /// <summary>Opens a case at intake (recorded as the first move, with <paramref name="intakeNote"/> if any).</summary>
    public static Case Open(
        Guid clientId, Guid assignedWorkerId, CasePriority priority, RiskLevel riskLevel, bool isSensitive, IntakeSource intakeSource,
        string presentingProblem, UrgentNeed urgentNeeds, DateOnly openedOn, Guid? byUserId, DateTimeOffset at,
        Guid? fromReferralId = null, string? intakeNote = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(presentingProblem);
        var @case = new Case
        {
            Id = Guid.NewGuid(), ClientId = clientId, AssignedWorkerId = assignedWorkerId, Priority = priority, RiskLevel = riskLevel,
            Stage = CaseStage.Intake, IsSensitive = isSensitive, IntakeSource = intakeSource, PresentingProblem = presentingProblem.Trim(),
            UrgentNeeds = urgentNeeds, OpenedOn = openedOn, FromReferralId = fromReferralId, CreatedAt = at,
        };
        @case.RecordMove(null, CaseStage.Intake, intakeNote, byUserId, at);
        return @case;
    }

    /// <summary>Gives the case its number (allocated by the caller under a lock, once, before the case is first saved).</summary>
    public void AssignNumber(string facilityCode, int year, int sequence)
    {
        if (CaseNumber is not null) throw new InvalidOperationException("The case already has a number.");
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        NumberYear = year;
        NumberSequence = sequence;
        CaseNumber = Format(facilityCode, year, sequence);
    }

    /// <summary>Facility code, year and at least four digits: <c>TH-2026-0042</c>.</summary>
    public static string Format(string facilityCode, int year, int sequence) =>
        $"{facilityCode.Trim().ToUpperInvariant()}-{year}-{sequence.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The records the transitions since the last call produced (moves, approval steps, plan goals), to be added to the store.</summary>
    public IReadOnlyList<object> TakeNewRecords()
    {
        var records = _newRecords.ToArray();
        _newRecords.Clear();
        return records;
    }

    /// <summary>Refuses any change to a closed case: it must be reopened first.</summary>
    public void EnsureOpen()
    {
        if (IsClosed) throw new DomainRuleException("case-closed");
    }

    /// <summary>Moves the case to another stage (never to or from closed: those go through the closure approval and <see cref="Reopen"/>).</summary>
    public void MoveTo(CaseStage to, string? reason, Guid? byUserId, DateTimeOffset at)
    {
        var check = CaseProcess.Check(Stage, to, PlanApproval);
        if (!check.Allowed) throw new DomainRuleException(check.Rule!);
        if (check.NeedsReason && string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("reason-required");
        RecordMove(Stage, to, reason?.Trim(), byUserId, at);
        Stage = to;
    }

    /// <summary>Reassigns the case and sets its priority, risk level (a change is recorded) and sensitivity.</summary>
    public void Update(Guid assignedWorkerId, CasePriority priority, RiskLevel riskLevel, bool isSensitive, Guid? byUserId, DateTimeOffset at)
    {
        AssignedWorkerId = assignedWorkerId;
        Priority = priority;
        SetRisk(riskLevel, RiskChangeSource.CaseSettings, byUserId, at);
        IsSensitive = isSensitive;
    }

    /// <summary>
    /// An assessment sets the case's risk level. A change (up or down) is recorded for the case history,
    /// so a lowered risk is never silent: the form starts from the current level and the worker changes it on purpose.
    /// </summary>
    public void Assess(RiskLevel riskLevel, Guid? byUserId, DateTimeOffset at)
    {
        EnsureOpen();
        SetRisk(riskLevel, RiskChangeSource.Assessment, byUserId, at);
    }

    private void SetRisk(RiskLevel riskLevel, RiskChangeSource source, Guid? byUserId, DateTimeOffset at)
    {
        if (riskLevel == RiskLevel) return;
        _newRecords.Add(new CaseRiskChange
        {
            Id = Guid.NewGuid(), FacilityId = FacilityId, CaseId = Id, From = RiskLevel, To = riskLevel, Source = source, At = at, ByUserId = byUserId,
        });
        RiskLevel = riskLevel;
    }

    /// <summary>
    /// Writes the plan (its goals replace the previous ones) and its review date. A plan awaiting the unit
    /// head cannot change; a changed plan needs approval again. Returns the new goals (also in the new records).
    /// </summary>
    public IReadOnlyList<PlanGoal> SavePlan(IEnumerable<PlanGoalDraft> goals, DateOnly? reviewOn)
    {
        EnsureOpen();
        if (PlanApproval == ApprovalState.Requested) throw new DomainRuleException("plan-awaiting-approval");
        var planGoals = goals.Select((g, i) => PlanGoal.For(this, g, i)).ToList();
        PlanReviewOn = reviewOn;
        PlanReviewOverdueSince = null;
        PlanApproval = ApprovalState.None;
        _newRecords.AddRange(planGoals);
        return planGoals;
    }

    /// <summary>Asks the unit head to approve the plan, which must have goals (<paramref name="goalCount"/>: how many it has).</summary>
    public void RequestPlanApproval(int goalCount, string? comment, Guid? byUserId, DateTimeOffset at)
    {
        EnsureOpen();
        if (PlanApproval is ApprovalState.Requested or ApprovalState.Approved) throw new DomainRuleException("plan-already-requested");
        if (goalCount <= 0) throw new DomainRuleException("plan-empty");
        PlanApproval = ApprovalState.Requested;
        RecordApproval(ApprovalSubject.Plan, ApprovalState.Requested, comment, byUserId, at);
    }

    /// <summary>Asks for closure with free text only (the reason is <see cref="ClosureReason.Other"/>).</summary>
    public void RequestClosure(string closingReason, Guid? byUserId, DateTimeOffset at) =>
        RequestClosure(Cases.ClosureReason.Other, closingReason, byUserId, at);

    /// <summary>
    /// Asks the unit head to close the case, with a reason from the list and free text (required for
    /// <see cref="ClosureReason.Other"/>); both are applied when the unit head approves.
    /// </summary>
    public void RequestClosure(ClosureReason reason, string? details, Guid? byUserId, DateTimeOffset at)
    {
        EnsureOpen();
        if (!Enum.IsDefined(reason)) throw new DomainRuleException("closure-reason-unknown");
        if (reason == Cases.ClosureReason.Other && string.IsNullOrWhiteSpace(details)) throw new DomainRuleException("closing-reason-required");
        if (ClosureApproval == ApprovalState.Requested) throw new DomainRuleException("closure-already-requested");
        ClosureApproval = ApprovalState.Requested;
        RequestedClosureReason = reason;
        RequestedClosingReason = string.IsNullOrWhiteSpace(details) ? null : details.Trim();
        RecordApproval(ApprovalSubject.Closure, ApprovalState.Requested, RequestedClosingReason, byUserId, at);
    }

    /// <summary>The unit head approves the plan, or returns it with a comment.</summary>
    public void DecidePlan(bool approve, string? comment, Guid? byUserId, DateTimeOffset at)
    {
        if (PlanApproval != ApprovalState.Requested) throw new DomainRuleException("nothing-to-decide");
        var decision = Decision(approve, comment);
        PlanApproval = decision;
        RecordApproval(ApprovalSubject.Plan, decision, comment, byUserId, at);
    }

    /// <summary>The unit head approves the closure, which closes the case on <paramref name="today"/> with the requested reason, or returns it with a comment.</summary>
    public void DecideClosure(bool approve, string? comment, Guid? byUserId, DateTimeOffset at, DateOnly today)
    {
        if (ClosureApproval != ApprovalState.Requested) throw new DomainRuleException("nothing-to-decide");
        var decision = Decision(approve, comment);
        ClosureApproval = decision;
        if (approve)
        {
            RecordMove(Stage, CaseStage.Closed, RequestedClosingReason, byUserId, at);
            Stage = CaseStage.Closed;
            ClosedOn = today;
            ClosingReason = RequestedClosingReason;
            ClosureReason = RequestedClosureReason;
        }
        RecordApproval(ApprovalSubject.Closure, decision, comment, byUserId, at);
    }

    /// <summary>Decides whichever approval <paramref name="subject"/> names.</summary>
    public void Decide(ApprovalSubject subject, bool approve, string? comment, Guid? byUserId, DateTimeOffset at, DateOnly today)
    {
        if (subject == ApprovalSubject.Plan) DecidePlan(approve, comment, byUserId, at);
        else DecideClosure(approve, comment, byUserId, at, today);
    }

    /// <summary>Reopens a closed case at the assessment stage, with a reason; the closure stays in its history.</summary>
    public void Reopen(string reason, Guid? byUserId, DateTimeOffset at)
    {
        if (!IsClosed) throw new DomainRuleException("case-open");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("reason-required");
        RecordMove(CaseStage.Closed, CaseStage.Assessment, reason.Trim(), byUserId, at);
        Stage = CaseStage.Assessment;
        ClosedOn = null;
        ClosingReason = null;
        ClosureReason = null;
        ClosureApproval = ApprovalState.None;
        RequestedClosingReason = null;
        RequestedClosureReason = null;
    }

    private static ApprovalState Decision(bool approve, string? comment)
    {
        if (!approve && string.IsNullOrWhiteSpace(comment)) throw new DomainRuleException("return-comment-required");
        return approve ? ApprovalState.Approved : ApprovalState.Returned;
    }

    private void RecordMove(CaseStage? from, CaseStage to, string? reason, Guid? byUserId, DateTimeOffset at) =>
        _newRecords.Add(new CaseTransition
        {
            Id = Guid.NewGuid(), FacilityId = FacilityId, CaseId = Id, FromStage = from, ToStage = to, Reason = reason, At = at, ByUserId = byUserId,
        });

    private void RecordApproval(ApprovalSubject subject, ApprovalState decision, string? comment, Guid? byUserId, DateTimeOffset at) =>
        _newRecords.Add(new CaseApproval
        {
            Id = Guid.NewGuid(), FacilityId = FacilityId, CaseId = Id, Subject = subject, Decision = decision, Comment = comment?.Trim(),
            At = at, ByUserId = byUserId,
        });
}

/// <summary>A goal of a plan being written: what, which service, who, by when.</summary>
public sealed record PlanGoalDraft(string Goal, ServiceType? PlannedService, string? Responsible, DateOnly? DueOn);

/// <summary>Why a case closed (the list on the closure request; free text beside it).</summary>
public enum ClosureReason
{
    /// <summary>The plan's goals were reached.</summary>
    GoalsAchieved = 1,
    /// <summary>Referred on or transferred to another facility or service.</summary>
    ReferredOn = 2,
    /// <summary>Discharged or moved away; no further support needed here.</summary>
    Discharged = 3,
    /// <summary>The client declined further support.</summary>
    ClientDeclined = 4,
    /// <summary>Contact with the client was lost.</summary>
    LostContact = 5,
    Deceased = 6,
    /// <summary>Another reason, written in the free text.</summary>
    Other = 99,
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

/// <summary>Where a change of a case's risk level was made.</summary>
public enum RiskChangeSource
{
    Assessment = 1,
    CaseSettings = 2,
}

/// <summary>A change of a case's risk level: from, to, where, who, when. Append-only; the case history shows it.</summary>
public class CaseRiskChange : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public RiskLevel From { get; set; }
    public RiskLevel To { get; set; }
    public RiskChangeSource Source { get; set; }
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
    private PlanGoal()
    {
    }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; private set; }
    public string Goal { get; private set; } = null!;
    public ServiceType? PlannedService { get; private set; }
    public string? Responsible { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public int Order { get; private set; }

    internal static PlanGoal For(Case @case, PlanGoalDraft draft, int order)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Goal);
        return new PlanGoal
        {
            Id = Guid.NewGuid(), FacilityId = @case.FacilityId, CaseId = @case.Id, Goal = draft.Goal.Trim(), PlannedService = draft.PlannedService,
            Responsible = draft.Responsible?.Trim(), DueOn = draft.DueOn, Order = order,
        };
    }
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
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Overdue from the day after its due date while still open: computed when read, never stored (a nightly mark lagged a day or more).</summary>
    public DateOnly? OverdueSince(DateOnly today) => DoneAt is null && DueOn < today ? DueOn.AddDays(1) : null;
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
