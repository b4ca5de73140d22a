using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
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
        // The facility (if the caller sees it, as Visibility.VisibleTo reads it) and its status on the date in one statement.
        var (everyFacility, ownFacility, ownProvince) = (user.IsPlatformAdmin, user.IsPlatformAdmin ? null : user.FacilityId,
            user.IsPlatformAdmin || user.FacilityId is not null ? null : user.ProvinceId);
        var facility = await FacilityWithStatus.For(db)(db, query.FacilityId, asOf, everyFacility, ownFacility, ownProvince, cancellationToken)
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

        return new FacilityKpis(query.FacilityId, asOf, group, status, counts, indicator, figure.SharePercent, figure.TargetPercent, figure.State);
    }

    private sealed record CardFacility(Guid ProvinceId, FacilityType Type, UnitStatus Status);

    private static readonly string[] TenantFilterOnly = [AppDbContext.TenantFilter];

    // Compiled once per model (issue 19, CompiledPerModel): the facility home asks on every load, and the LINQ query
    // (UnitStatusQueries.WithStatusOn and Visibility.VisibleTo, written out: a compiled query cannot call helpers) built and
    // parameterised its expression tree each time. The caller's visibility is three parameters: every facility (platform
    // admin), their own facility, or their province's facilities (a province officer); the status is the entry in force on the date.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, DateOnly, bool, Guid?, Guid?, CancellationToken, Task<CardFacility?>>> FacilityWithStatus =
        new(() => EF.CompileAsyncQuery<AppDbContext, Guid, DateOnly, bool, Guid?, Guid?, CardFacility?>(
            (AppDbContext db, Guid id, DateOnly asOf, bool everyFacility, Guid? ownFacility, Guid? ownProvince, CancellationToken ct) => db.Facilities.AsNoTracking()
                .Where(f => f.Id == id && (everyFacility || f.Id == ownFacility || f.ProvinceId == ownProvince))
                .Select(f => new CardFacility(f.ProvinceId, f.Type,
                    db.UnitStatusChanges.IgnoreQueryFilters(TenantFilterOnly).AsNoTracking()
                        .Where(c => !c.IsRetraction && !db.UnitStatusChanges.IgnoreQueryFilters(TenantFilterOnly).AsNoTracking().Any(x => x.CorrectsId == c.Id))
                        .Where(c => c.FacilityId == f.Id && c.EffectiveDate <= asOf)
                        .OrderByDescending(c => c.EffectiveDate).ThenByDescending(c => c.RecordedAt)
                        .Select(c => (UnitStatus?)c.Status)
                        .FirstOrDefault() ?? UnitStatus.None))
                .SingleOrDefault()));
}
