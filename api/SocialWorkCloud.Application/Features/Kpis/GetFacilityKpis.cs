using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

public sealed record FacilityKpis(
    Guid FacilityId, DateOnly AsOf, FacilityGroup Group, UnitStatus UnitStatus, bool CountsTowardTarget,
    KpiIndicator Indicator, decimal ProvinceSharePercent, decimal? TargetPercent, KpiState ProvinceState);

/// <summary>Where one facility stands as of a date: its unit status, whether it counts, and its province's share for its group.</summary>
[RequiresPermission(Permissions.KpisReadFacility)]
public sealed record GetFacilityKpis(Guid FacilityId, DateOnly? AsOf) : IQuery<FacilityKpis>;

public sealed class GetFacilityKpisValidator : AbstractValidator<GetFacilityKpis>
{
    public GetFacilityKpisValidator() =>
        RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class GetFacilityKpisHandler(AppDbContext db, ICurrentUser user, KpiCalculator calculator, TimeProvider clock)
    : IQueryHandler<GetFacilityKpis, FacilityKpis>
{
    public async ValueTask<FacilityKpis> Handle(GetFacilityKpis query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        // The facility and its status on the date in one statement (the entry in force, as UnitStatusHistory.StatusOn reads it).
        var facility = await UnitStatusQueries.WithStatusOn(db, db.Facilities.AsNoTracking().VisibleTo(user).Where(f => f.Id == query.FacilityId), asOf)
                .Select(x => new { x.Facility.Id, x.Facility.ProvinceId, x.Facility.Type, x.Status })
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Facility", query.FacilityId);
        var status = facility.Status;
        var group = facility.Type.Group();
        var indicator = group switch
        {
            FacilityGroup.Curative => KpiIndicator.CurativeUnitShare,
            FacilityGroup.Preventive => KpiIndicator.PreventiveSocialWorkShare,
            _ => KpiIndicator.CommuneStationShare,
        };
        var figure = await calculator.ComputeShareAsync(facility.ProvinceId, group, asOf, cancellationToken);
        var counts = group == FacilityGroup.Curative ? status.HasFormalUnit() : status.CarriesOutSocialWork();

        return new FacilityKpis(facility.Id, asOf, group, status, counts, indicator, figure.SharePercent, figure.TargetPercent, figure.State);
    }
}
