using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Kpis;

/// <summary>
/// A province's KPIs as of any date (default today), computed from the histories, with the first
/// <see cref="LaggardLimit"/> laggards of each figure named and their full count (a province of 10,000
/// facilities would otherwise send every laggard inline: 604 kB); the rest page through <see cref="ListKpiLaggards"/>.
/// </summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record GetProvinceKpis(Guid ProvinceId, DateOnly? AsOf, int LaggardLimit = GetProvinceKpis.DefaultLaggardLimit) : IQuery<ProvinceKpis>
{
    public const int DefaultLaggardLimit = 20;
    public const int MaxLaggardLimit = 200;
}

public sealed class GetProvinceKpisValidator : AbstractValidator<GetProvinceKpis>
{
    public GetProvinceKpisValidator()
    {
        RuleFor(x => x.AsOf).MustBeAKpiDate();
        RuleFor(x => x.LaggardLimit).InclusiveBetween(0, GetProvinceKpis.MaxLaggardLimit);
    }
}

public sealed class GetProvinceKpisHandler(AppDbContext db, ICurrentUser user, KpiCalculator calculator, TimeProvider clock)
    : IQueryHandler<GetProvinceKpis, ProvinceKpis>
{
    public async ValueTask<ProvinceKpis> Handle(GetProvinceKpis query, CancellationToken cancellationToken)
    {
        await KpiAccess.EnsureProvinceReadableAsync(db, user, query.ProvinceId, cancellationToken);
        var kpis = await calculator.ComputeAsync(query.ProvinceId, query.AsOf ?? VietnamClock.Today(clock), cancellationToken);
        return kpis with
        {
            Figures = kpis.Figures.Select(f => f with { Laggards = f.Laggards.Take(query.LaggardLimit).ToList(), LaggardCount = f.Laggards.Count }).ToList(),
        };
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
