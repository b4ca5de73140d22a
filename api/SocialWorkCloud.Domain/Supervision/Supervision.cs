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

/// <summary>
/// A supervision or inspection visit (giám sát, kiểm tra) by the province Health Department to one facility.
/// Planned → conducted (a date of conduct is recorded) → closed (the minutes are issued: nothing changes
/// any more, the facility follows up on each recommendation).
/// </summary>
[GlobalEntity("Written by the province Health Department about one facility of its province; read only through SupervisionScope (the visited facility or its province).")]
public class SupervisionVisit : IVersioned
{
    private SupervisionVisit()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProvinceId { get; private set; }
    public Guid FacilityId { get; private set; }
    public VisitStatus Status { get; private set; } = VisitStatus.Planned;
    public DateOnly PlannedOn { get; private set; }
    public DateOnly? ConductedOn { get; private set; }
    public string Scope { get; private set; } = string.Empty;
    public string? Findings { get; private set; }
    public List<SupervisionTeamMember> Team { get; private set; } = [];
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid Version { get; set; }

    /// <summary>A visit planned by the province to one of its facilities.</summary>
    public static SupervisionVisit Plan(
        Guid id, Guid provinceId, Guid facilityId, DateOnly plannedOn, string scope, IEnumerable<SupervisionTeamMember> team, Guid? createdBy, DateTimeOffset createdAt) =>
        new()
        {
            Id = id, ProvinceId = provinceId, FacilityId = facilityId, PlannedOn = plannedOn, Scope = scope.Trim(), Team = team.ToList(),
            CreatedBy = createdBy, CreatedAt = createdAt,
        };

    public bool IsClosed => Status == VisitStatus.Closed;

    /// <summary>Records the visit: a date of conduct makes it conducted, none puts it back to planned. Refused once closed.</summary>
    public void Record(DateOnly plannedOn, string scope, IEnumerable<SupervisionTeamMember> team, DateOnly? conductedOn, string? findings)
    {
        EnsureNotClosed();
        PlannedOn = plannedOn;
        Scope = scope.Trim();
        Team = team.ToList();
        ConductedOn = conductedOn;
        Findings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim();
        Status = conductedOn is null ? VisitStatus.Planned : VisitStatus.Conducted;
    }

    /// <summary>Issues the minutes: needs the date of conduct and the findings; final.</summary>
    public void Close(DateTimeOffset at)
    {
        EnsureNotClosed();
        if (ConductedOn is null || string.IsNullOrWhiteSpace(Findings)) throw new DomainRuleException("visit-not-recorded");
        Status = VisitStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>A new recommendation (numbered by the caller: the next number of the visit), due no earlier than the visit.</summary>
    public SupervisionRecommendation AddRecommendation(Guid id, int number, string text, DateOnly dueOn)
    {
        EnsureNotClosed();
        if (dueOn < (ConductedOn ?? PlannedOn)) throw new DomainRuleException("due-before-visit");
        return new SupervisionRecommendation(id, Id, FacilityId, number, text.Trim(), dueOn);
    }

    /// <summary>A recommendation written by mistake may be removed while the visit is not closed.</summary>
    public void EnsureCanRemove(SupervisionRecommendation recommendation)
    {
        if (recommendation.VisitId != Id) throw new ArgumentException("The recommendation belongs to another visit.", nameof(recommendation));
        EnsureNotClosed();
    }

    private void EnsureNotClosed()
    {
        if (IsClosed) throw new DomainRuleException("visit-closed");
    }
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
/// Open/in progress → (follow-up) done or not feasible → (review) accepted = settled, or reopened = open again.
/// </summary>
[GlobalEntity("Part of a province's supervision visit, followed up by the visited facility; read only through SupervisionScope.")]
public class SupervisionRecommendation : IVersioned
{
    private SupervisionRecommendation()
    {
    }

    internal SupervisionRecommendation(Guid id, Guid visitId, Guid facilityId, int number, string text, DateOnly dueOn)
    {
        Id = id;
        VisitId = visitId;
        FacilityId = facilityId;
        Number = number;
        Text = text;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }
    public Guid VisitId { get; private set; }
    /// <summary>The visited facility (copied from the visit for the per-facility counts).</summary>
    public Guid FacilityId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = string.Empty;
    public DateOnly DueOn { get; private set; }
    public RecommendationStatus Status { get; private set; } = RecommendationStatus.Open;
    /// <summary>Set when the province accepts a "done" or "not feasible" follow-up: the recommendation is settled.</summary>
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid Version { get; set; }

    private bool AwaitsReview => Status is RecommendationStatus.Done or RecommendationStatus.NotFeasible;

    /// <summary>
    /// The facility's follow-up (in progress, done or not feasible), once the visit's minutes are issued
    /// (<paramref name="visitClosed"/>); refused when settled or while a done/not-feasible one awaits review.
    /// </summary>
    public RecommendationFollowUp FollowUp(bool visitClosed, RecommendationStatus status, string note, DateOnly date, Guid? recordedBy, DateTimeOffset recordedAt)
    {
        if (status is not (RecommendationStatus.InProgress or RecommendationStatus.Done or RecommendationStatus.NotFeasible))
            throw new DomainRuleException("follow-up-status");
        if (!visitClosed) throw new DomainRuleException("visit-not-closed");
        if (AcceptedAt is not null) throw new DomainRuleException("recommendation-settled");
        if (AwaitsReview) throw new DomainRuleException("awaiting-review");
        Status = status;
        return new RecommendationFollowUp
        {
            Id = Guid.NewGuid(), FacilityId = FacilityId, RecommendationId = Id, Status = status, Note = note.Trim(), Date = date,
            RecordedBy = recordedBy, RecordedAt = recordedAt,
        };
    }

    /// <summary>The province accepts a done/not-feasible follow-up (settled) or reopens it with a comment (open again).</summary>
    public RecommendationReview Review(ReviewOutcome outcome, string? comment, Guid? reviewedBy, DateTimeOffset reviewedAt)
    {
        if (AcceptedAt is not null || !AwaitsReview) throw new DomainRuleException("nothing-to-review");
        if (outcome == ReviewOutcome.Accepted) AcceptedAt = reviewedAt;
        else if (outcome == ReviewOutcome.Reopened) Status = RecommendationStatus.Open;
        else throw new ArgumentOutOfRangeException(nameof(outcome));
        return new RecommendationReview
        {
            Id = Guid.NewGuid(), RecommendationId = Id, Outcome = outcome, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            ReviewedBy = reviewedBy, ReviewedAt = reviewedAt,
        };
    }
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
