using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>
/// Every indicator for every operating facility of the province as of a date, against its target
/// (the facility's own, else its group's, else the national one), with the province totals: aggregates
/// only, never a record.
/// </summary>
[RequiresPermission(Permissions.KpisReadProvince)]
public sealed record GetProvinceProgress(Guid ProvinceId, DateOnly? AsOf = null) : IQuery<ProvinceProgress>;

public sealed class GetProvinceProgressValidator : AbstractValidator<GetProvinceProgress>
{
    public GetProvinceProgressValidator() => RuleFor(x => x.AsOf).MustBeAKpiDate();
}

public sealed class GetProvinceProgressHandler(AppDbContext db, ICurrentUser user, IndicatorCalculator calculator, TimeProvider clock)
    : IQueryHandler<GetProvinceProgress, ProvinceProgress>
{
    public async ValueTask<ProvinceProgress> Handle(GetProvinceProgress query, CancellationToken cancellationToken)
    {
        await TargetRules.EnsureProvinceAsync(db, user, query.ProvinceId, cancellationToken);
        var asOf = query.AsOf ?? VietnamClock.Today(clock);
        return await ComputeAsync(db, calculator, query.ProvinceId, asOf, cancellationToken);
    }

    internal static async Task<ProvinceProgress> ComputeAsync(AppDbContext db, IndicatorCalculator calculator, Guid provinceId, DateOnly asOf, CancellationToken ct)
    {
        var facilities = await calculator.ComputeAsync(db.Facilities.Where(f => f.ProvinceId == provinceId), asOf, ct);
        var targets = await TargetResolver.LoadAsync(db, provinceId, asOf.Year, ct);
        var rows = facilities
            .Select(f =>
            {
                var cells = targets.Cells(f, asOf);
                return new FacilityProgressRow(f.FacilityId, f.Code, f.Name, f.Type, f.Group, cells.Count(c => c.State == ProgressState.Behind), cells);
            })
            .OrderByDescending(r => r.BehindCount).ThenBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), true))
            .ToList();

        var totals = IndicatorCatalogue.All.Where(d => rows.Any(r => r.Cells.Any(c => c.IndicatorCode == d.Code))).Select(d =>
        {
            var values = facilities.Where(f => f.Values.ContainsKey(d.Code)).Select(f => f.Values[d.Code]).ToList();
            var total = IndicatorCalculator.Total(d, values);
            if (d.Unit == IndicatorUnit.Percent)
            {
                // A share's province target: the group's when the indicator concerns one group and the province set one, else the national one.
                var (target, source) = targets.ResolveForProvince(d);
                return TargetResolver.Cell(d, total, target, source, asOf, province: true);
            }
            var facilityTargets = rows.SelectMany(r => r.Cells).Where(c => c.IndicatorCode == d.Code && c.Target is not null).Select(c => c.Target!.Value).ToList();
            return facilityTargets.Count == 0
                ? TargetResolver.Cell(d, total, null, TargetSource.None, asOf, province: true)
                : TargetResolver.Cell(d, total, facilityTargets.Sum(), TargetSource.FacilitiesSum, asOf, province: true);
        }).ToList();

        return new ProvinceProgress(provinceId, asOf, asOf.Year, IndicatorCatalogue.All.Select(d => IndicatorDto.From(d, asOf.Year)).ToList(), totals, rows);
    }
}
