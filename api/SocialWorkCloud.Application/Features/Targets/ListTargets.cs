using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>The province's targets of a year, group targets first.</summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record ListTargets(Guid ProvinceId, int? Year = null) : IQuery<IReadOnlyList<TargetDto>>;

public sealed class ListTargetsValidator : AbstractValidator<ListTargets>
{
    public ListTargetsValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
}

public sealed class ListTargetsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListTargets, IReadOnlyList<TargetDto>>
{
    public async ValueTask<IReadOnlyList<TargetDto>> Handle(ListTargets query, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, query.ProvinceId, cancellationToken);
        var year = query.Year ?? VietnamClock.Today(clock).Year;
        var rows = await TargetRules.Project(db, db.IndicatorTargets.Where(t => t.ProvinceId == query.ProvinceId && t.Year == year)).ToListAsync(cancellationToken);
        return rows.OrderBy(t => t.FacilityId is null ? 0 : 1).ThenBy(t => t.IndicatorCode).ThenBy(t => t.FacilityGroup).ThenBy(t => t.FacilityName).ToList();
    }
}
