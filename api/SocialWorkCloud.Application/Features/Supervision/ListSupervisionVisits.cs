using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Supervision;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>Visits the caller sees (the facility its own, the province its facilities'), newest first, with recommendation counts.</summary>
[RequiresPermission(Permissions.SupervisionRead)]
public sealed record ListSupervisionVisits(Guid? FacilityId = null, int? Year = null, VisitStatus? Status = null) : IQuery<IReadOnlyList<VisitSummaryDto>>;

public sealed class ListSupervisionVisitsValidator : AbstractValidator<ListSupervisionVisits>
{
    public ListSupervisionVisitsValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2050);
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class ListSupervisionVisitsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListSupervisionVisits, IReadOnlyList<VisitSummaryDto>>
{
    public async ValueTask<IReadOnlyList<VisitSummaryDto>> Handle(ListSupervisionVisits query, CancellationToken cancellationToken)
    {
        var visits = db.SupervisionVisits.AsNoTracking().VisibleTo(user);
        if (query.FacilityId is { } facilityId) visits = visits.Where(v => v.FacilityId == facilityId);
        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            visits = visits.Where(v => (v.ConductedOn ?? v.PlannedOn) >= from && (v.ConductedOn ?? v.PlannedOn) <= to);
        }
        if (query.Status is { } status) visits = visits.Where(v => v.Status == status);
        var today = VietnamClock.Today(clock);
        var rows = await visits
            .OrderByDescending(v => v.ConductedOn ?? v.PlannedOn)
            .Select(v => new
            {
                v.Id, v.FacilityId, v.Status, v.PlannedOn, v.ConductedOn, v.Scope,
                FacilityName = db.Facilities.Where(f => f.Id == v.FacilityId).Select(f => f.Name).Single(),
                Recommendations = db.SupervisionRecommendations.Count(r => r.VisitId == v.Id),
                Open = db.SupervisionRecommendations.Count(r => r.VisitId == v.Id
                    && (r.Status == RecommendationStatus.Open || r.Status == RecommendationStatus.InProgress)),
                Overdue = db.SupervisionRecommendations.Count(r => r.VisitId == v.Id
                    && (r.Status == RecommendationStatus.Open || r.Status == RecommendationStatus.InProgress) && r.DueOn < today),
            })
            .ToListAsync(cancellationToken);
        // A visit whose minutes are not issued has draft recommendations: nothing is open or overdue yet.
        return rows.Select(r => new VisitSummaryDto(
            r.Id, r.FacilityId, r.FacilityName, r.Status, r.PlannedOn, r.ConductedOn, r.Scope, r.Recommendations,
            r.Status == VisitStatus.Closed ? r.Open : 0, r.Status == VisitStatus.Closed ? r.Overdue : 0)).ToList();
    }
}
