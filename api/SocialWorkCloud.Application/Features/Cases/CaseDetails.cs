using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Features.UnitHistory;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>
/// A case with its whole record, as every case use case answers it: transitions, assessments, plan,
/// approvals, services, notes and tasks, with the names of the people who recorded them.
/// </summary>
public static class CaseDetails
{
    public static async Task<CaseDetail> BuildAsync(AppDbContext db, Case c, DateOnly today, CancellationToken ct)
    {
        var id = c.Id;
        var client = await db.Clients.AsNoTracking().Where(x => x.Id == c.ClientId).Select(x => new { x.FullName, x.BirthYear }).SingleAsync(ct);
        var transitions = await db.CaseTransitions.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.At).ToListAsync(ct);
        var riskChanges = await db.CaseRiskChanges.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.At).ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.AssessedOn).ThenBy(x => x.RecordedAt).ToListAsync(ct);
        var goals = await db.PlanGoals.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.Order)
            .Select(x => new PlanGoalDto(x.Id, x.Goal, x.PlannedService, x.Responsible, x.DueOn)).ToListAsync(ct);
        var approvals = await db.CaseApprovals.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.At).ToListAsync(ct);
        var services = await db.ServicesDelivered.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.DeliveredOn).ThenBy(x => x.RecordedAt)
            .Select(x => new ServiceDto(x.Id, x.Type, x.DeliveredOn, x.Provider, x.Quantity, x.ValueVnd, x.Note, x.Source)).ToListAsync(ct);
        var notes = await db.CaseNotes.AsNoTracking().Where(x => x.CaseId == id).OrderByDescending(x => x.At).ToListAsync(ct);
        var tasks = await db.FollowUpTasks.AsNoTracking().Where(x => x.CaseId == id).OrderBy(x => x.DueOn).ToListAsync(ct);

        var names = await db.RecorderNamesAsync(
            transitions.Select(t => t.ByUserId).Concat(riskChanges.Select(r => r.ByUserId)).Concat(assessments.Select(a => a.RecordedBy)).Concat(approvals.Select(a => a.ByUserId))
                .Concat(notes.Select(n => n.ByUserId)).Concat(tasks.Select(t => (Guid?)t.AssigneeId)).Append(c.AssignedWorkerId), ct);
        string? Name(Guid? userId) => userId is { } u ? names.GetValueOrDefault(u) : null;

        return new CaseDetail(
            c.Id, c.CaseNumber, c.ClientId, client.FullName, client.BirthYear, c.AssignedWorkerId, Name(c.AssignedWorkerId), c.Priority, c.RiskLevel,
            c.Stage, c.IsSensitive, c.IntakeSource, c.PresentingProblem, UrgentNeeds.Split(c.UrgentNeeds), c.OpenedOn, c.ClosedOn,
            c.ClosingReason, c.PlanApproval, c.PlanReviewOn, c.PlanReviewOverdueSince, c.ClosureApproval, c.RequestedClosingReason,
            c.FromReferralId, c.Version,
            transitions.Select(t => new TransitionDto(t.FromStage, t.ToStage, t.Reason, t.At, Name(t.ByUserId))).ToList(),
            assessments.Select(a => new AssessmentDto(a.Id, a.AssessedOn, a.Health, a.Psychological, a.FamilyAndEconomic, a.Legal, a.Risks,
                a.RiskLevel, a.RecordedAt, Name(a.RecordedBy))).ToList(),
            goals,
            approvals.Select(a => new ApprovalDto(a.Subject, a.Decision, a.Comment, a.At, Name(a.ByUserId))).ToList(),
            services,
            notes.Select(n => new NoteDto(n.Id, n.Text, n.At, Name(n.ByUserId))).ToList(),
            tasks.Select(t => new TaskDto(t.Id, t.Title, t.DueOn, t.AssigneeId, Name(t.AssigneeId), t.DoneAt, t.OverdueSince(today))).ToList(),
            riskChanges.Select(r => new RiskChangeDto(r.From, r.To, r.Source, r.At, Name(r.ByUserId))).ToList(),
            c.ClosureReason, c.RequestedClosureReason);
    }
}
