using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Kpis;

/// <summary>A province's KPIs as of any date (default today), computed from the histories, with the laggards named.</summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record GetProvinceKpis(Guid ProvinceId, DateOnly? AsOf) : IQuery<ProvinceKpis>;

public sealed class GetProvinceKpisValidator : AbstractValidator<GetProvinceKpis>
{
    public GetProvinceKpisValidator() =>
        RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class GetProvinceKpisHandler(AppDbContext db, ICurrentUser user, KpiCalculator calculator, TimeProvider clock)
    : IQueryHandler<GetProvinceKpis, ProvinceKpis>
{
    public async ValueTask<ProvinceKpis> Handle(GetProvinceKpis query, CancellationToken cancellationToken)
    {
        await KpiAccess.EnsureProvinceReadableAsync(db, user, query.ProvinceId, cancellationToken);
        return await calculator.ComputeAsync(query.ProvinceId, query.AsOf ?? VietnamClock.Today(clock), cancellationToken);
    }
}

internal static class KpiAccess
{
    public static async Task EnsureProvinceReadableAsync(AppDbContext db, ICurrentUser user, Guid provinceId, CancellationToken ct)
    {
        if (!await db.Provinces.AsNoTracking().ReadableForAggregates(user).AnyAsync(p => p.Id == provinceId, ct))
        {
            throw new NotFoundException("Province", provinceId);
        }
    }
}
