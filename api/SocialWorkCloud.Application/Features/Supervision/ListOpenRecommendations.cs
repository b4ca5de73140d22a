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
/// Recommendations of closed visits not yet settled: open, in progress, or awaiting the province's
/// review; overdue as of a date (default today) when past due and not done. The facility sees its own,
/// the province its facilities'.
/// </summary>
[RequiresPermission(Permissions.SupervisionRead)]
public sealed record ListOpenRecommendations(Guid? FacilityId = null, DateOnly? AsOf = null, bool OverdueOnly = false)
    : IQuery<IReadOnlyList<OpenRecommendationDto>>;

public sealed class ListOpenRecommendationsValidator : AbstractValidator<ListOpenRecommendations>
{
    public ListOpenRecommendationsValidator() => RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class ListOpenRecommendationsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListOpenRecommendations, IReadOnlyList<OpenRecommendationDto>>
{
    public async ValueTask<IReadOnlyList<OpenRecommendationDto>> Handle(ListOpenRecommendations query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        var visits = db.SupervisionVisits.AsNoTracking().VisibleTo(user).Where(v => v.Status == VisitStatus.Closed);
        if (query.FacilityId is { } facilityId) visits = visits.Where(v => v.FacilityId == facilityId);
        var recommendations = db.SupervisionRecommendations.AsNoTracking().Where(r => r.AcceptedAt == null);
        if (query.OverdueOnly) recommendations = recommendations.Where(SupervisionScope.IsOpen).Where(r => r.DueOn < asOf);
        var rows = await (
                from r in recommendations
                join v in visits on r.VisitId equals v.Id
                join f in db.Facilities on v.FacilityId equals f.Id
                orderby r.DueOn, f.Name, r.Number
                select new { r.Id, r.VisitId, VisitOn = v.ConductedOn ?? v.PlannedOn, v.FacilityId, FacilityName = f.Name, r.Number, r.Text, r.DueOn, r.Status, r.Version })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OpenRecommendationDto(
            r.Id, r.VisitId, r.VisitOn, r.FacilityId, r.FacilityName, r.Number, r.Text, r.DueOn, r.Status,
            SupervisionScope.Overdue(r.Status, r.DueOn, asOf), r.Version)).ToList();
    }
}
