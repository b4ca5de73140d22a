using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>A visit with its team, findings and recommendations, each with its follow-up history and overdue flag.</summary>
[RequiresPermission(Permissions.SupervisionRead)]
public sealed record GetSupervisionVisit(Guid VisitId) : IQuery<VisitDto>;

public sealed class GetSupervisionVisitHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetSupervisionVisit, VisitDto>
{
    public async ValueTask<VisitDto> Handle(GetSupervisionVisit query, CancellationToken cancellationToken) =>
        await ReadAsync(db, user, clock, query.VisitId, cancellationToken);

    internal static async Task<VisitDto> ReadAsync(AppDbContext db, ICurrentUser user, TimeProvider clock, Guid visitId, CancellationToken ct)
    {
        var row = await db.SupervisionVisits.AsNoTracking().VisibleTo(user).Where(v => v.Id == visitId)
            .Select(v => new { Visit = v, FacilityName = db.Facilities.Where(f => f.Id == v.FacilityId).Select(f => f.Name).Single() })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("SupervisionVisit", visitId);
        var visit = row.Visit;
        var recommendations = await db.SupervisionRecommendations.AsNoTracking().Where(r => r.VisitId == visitId).OrderBy(r => r.Number).ToListAsync(ct);
        var ids = recommendations.Select(r => r.Id).ToList();
        // The follow-ups are the visited facility's records; the visit's visibility was checked above.
        var followUps = await db.OfFacility<RecommendationFollowUp>(visit.FacilityId).Where(f => ids.Contains(f.RecommendationId)).ToListAsync(ct);
        var reviews = await db.RecommendationReviews.AsNoTracking().Where(r => ids.Contains(r.RecommendationId)).ToListAsync(ct);
        var history = followUps
            .Select(f => (f.RecommendationId, Event: new RecommendationEvent(RecommendationEventKind.FollowUp, f.Status, f.Note, f.Date, f.RecordedAt)))
            .Concat(reviews.Select(r => (r.RecommendationId, Event: new RecommendationEvent(
                r.Outcome == ReviewOutcome.Accepted ? RecommendationEventKind.Accepted : RecommendationEventKind.Reopened, null, r.Comment, null, r.ReviewedAt))))
            .OrderBy(e => e.Event.At)
            .ToLookup(e => e.RecommendationId, e => e.Event);
        var today = VietnamClock.Today(clock);
        var closed = visit.Status == VisitStatus.Closed;
        return new VisitDto(
            visit.Id, visit.FacilityId, row.FacilityName, visit.Status, visit.PlannedOn, visit.ConductedOn, visit.Scope, visit.Findings,
            visit.Team.Select(m => new TeamMember(m.Name, m.Title)).ToList(), visit.ClosedAt, visit.Version,
            recommendations.Select(r => new RecommendationDto(
                r.Id, r.VisitId, r.Number, r.Text, r.DueOn, r.Status, r.AcceptedAt is not null, closed && SupervisionScope.Overdue(r.Status, r.DueOn, today),
                r.Version, history[r.Id].ToList())).ToList());
    }
}
