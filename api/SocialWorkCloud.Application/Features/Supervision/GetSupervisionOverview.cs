using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>
/// Per facility the caller sees (the province's facilities, or the caller's own): visits, the last one
/// conducted, the next planned, and the recommendations open, overdue as of a date, and awaiting review.
/// </summary>
[RequiresPermission(Permissions.SupervisionRead)]
public sealed record GetSupervisionOverview(DateOnly? AsOf = null) : IQuery<SupervisionOverview>;

public sealed class GetSupervisionOverviewValidator : AbstractValidator<GetSupervisionOverview>
{
    public GetSupervisionOverviewValidator() => RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class GetSupervisionOverviewHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetSupervisionOverview, SupervisionOverview>
{
    public async ValueTask<SupervisionOverview> Handle(GetSupervisionOverview query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        var visits = db.SupervisionVisits.AsNoTracking().VisibleTo(user);
        var closed = visits.Where(v => v.Status == VisitStatus.Closed).Select(v => v.Id);
        var settled = db.SupervisionRecommendations.AsNoTracking().Where(r => closed.Contains(r.VisitId));
        var visitRows = await visits.GroupBy(v => v.FacilityId)
            .Select(g => new
            {
                FacilityId = g.Key, Visits = g.Count(),
                Last = g.Where(v => v.ConductedOn != null).Max(v => v.ConductedOn),
                Next = g.Where(v => v.Status == VisitStatus.Planned && v.PlannedOn >= asOf).Min(v => (DateOnly?)v.PlannedOn),
            })
            .ToListAsync(cancellationToken);
        var open = await Count(settled.Where(SupervisionScope.IsOpen));
        var overdue = await Count(settled.Where(SupervisionScope.IsOpen).Where(r => r.DueOn < asOf));
        var awaiting = await Count(settled.Where(r => r.AcceptedAt == null
            && (r.Status == RecommendationStatus.Done || r.Status == RecommendationStatus.NotFeasible)));
        // Every facility of the province is listed, the never-visited ones too: that is what a planner needs.
        var facilities = await db.Facilities.AsNoTracking().VisibleTo(user).Where(f => f.ClosedOn == null).OrderBy(f => f.SortName)
            .Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken);
        var byFacility = visitRows.ToDictionary(v => v.FacilityId);
        return new SupervisionOverview(asOf, facilities.Select(f =>
        {
            byFacility.TryGetValue(f.Id, out var v);
            return new FacilitySupervisionRow(f.Id, f.Name, v?.Visits ?? 0, v?.Last, v?.Next, open.GetValueOrDefault(f.Id), overdue.GetValueOrDefault(f.Id),
                awaiting.GetValueOrDefault(f.Id));
        }).ToList());

        Task<Dictionary<Guid, int>> Count(IQueryable<SupervisionRecommendation> rows) =>
            rows.GroupBy(r => r.FacilityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}
