using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Paging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Kpis;

/// <summary>The facilities of a province whose records contradict their declared unit status, a page at a time.</summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record ListStatusHints(Guid ProvinceId, DateOnly? AsOf, int Page = 1, int PageSize = 25) : IQuery<PagedList<UnitStatusHint>>;

public sealed class ListStatusHintsValidator : AbstractValidator<ListStatusHints>
{
    public ListStatusHintsValidator()
    {
        RuleFor(x => x.AsOf).MustBeAKpiDate();
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

public sealed class ListStatusHintsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListStatusHints, PagedList<UnitStatusHint>>
{
    public async ValueTask<PagedList<UnitStatusHint>> Handle(ListStatusHints query, CancellationToken cancellationToken)
    {
        await KpiAccess.EnsureProvinceReadableAsync(db, user, query.ProvinceId, cancellationToken);
        var hints = await UnitStatusHints.FindAsync(db, db.Facilities.AsNoTracking().Where(f => f.ProvinceId == query.ProvinceId),
            query.AsOf ?? VietnamClock.Today(clock), cancellationToken);
        return new PagedList<UnitStatusHint>(hints.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList(), query.Page, query.PageSize, hints.Count);
    }
}

/// <param name="Hint">Null when the facility's records agree with its declared status.</param>
public sealed record FacilityStatusHint(Guid FacilityId, DateOnly AsOf, UnitStatusHint? Hint);

/// <summary>Whether one facility's records contradict its declared unit status: what its admin sees on the facility's page.</summary>
[RequiresPermission(Permissions.KpisReadFacility)]
public sealed record GetFacilityStatusHint(Guid FacilityId, DateOnly? AsOf) : IQuery<FacilityStatusHint>;

public sealed class GetFacilityStatusHintValidator : AbstractValidator<GetFacilityStatusHint>
{
    public GetFacilityStatusHintValidator() => RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class GetFacilityStatusHintHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetFacilityStatusHint, FacilityStatusHint>
{
    public async ValueTask<FacilityStatusHint> Handle(GetFacilityStatusHint query, CancellationToken cancellationToken)
    {
        var facility = db.Facilities.AsNoTracking().VisibleTo(user).Where(f => f.Id == query.FacilityId);
        if (!await facility.AnyAsync(cancellationToken)) throw new NotFoundException("Facility", query.FacilityId);
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        var hints = await UnitStatusHints.FindAsync(db, facility, asOf, cancellationToken);
        return new FacilityStatusHint(query.FacilityId, asOf, hints.SingleOrDefault());
    }
}
