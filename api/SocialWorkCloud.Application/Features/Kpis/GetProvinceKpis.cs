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
        return await calculator.ComputeAsync(query.ProvinceId, query.AsOf ?? VietnamClock.Today(clock), cancellationToken, query.LaggardLimit);
    }
}

internal static class KpiAccess
{
    public static async Task EnsureProvinceReadableAsync(AppDbContext db, ICurrentUser user, Guid provinceId, CancellationToken ct)
    {
        // Visibility.ReadableForAggregates with the caller as parameters: every province (platform admin) or their own (a province officer).
        var everyProvince = user.IsPlatformAdmin;
        var ownProvince = user.IsPlatformAdmin || user.FacilityId is not null ? null : user.ProvinceId;
        if (!await Readable.For(db)(db, provinceId, everyProvince, ownProvince, ct))
        {
            throw new NotFoundException("Province", provinceId);
        }
    }

    // Compiled once per model (issue 19, CompiledPerModel): every province page asks first, and the LINQ query built its expression tree each time.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, bool, Guid?, CancellationToken, Task<bool>>> Readable = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, bool, Guid?, bool>((AppDbContext db, Guid id, bool everyProvince, Guid? ownProvince, CancellationToken ct) =>
            db.Provinces.AsNoTracking().Where(p => everyProvince || p.Id == ownProvince).Any(p => p.Id == id)));
}
