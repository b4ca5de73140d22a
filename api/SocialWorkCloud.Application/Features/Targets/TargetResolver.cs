using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>
/// A province's targets of a year, resolved for a facility: its own target, else its group's, else the
/// national one. Judges each value against it (<see cref="Progress.Assess"/>).
/// </summary>
public sealed class TargetResolver
{
    private readonly Dictionary<(string Code, Guid FacilityId), decimal> _facility;
    private readonly Dictionary<(string Code, FacilityGroup Group), decimal> _group;
    private readonly int _year;

    private TargetResolver(IEnumerable<IndicatorTarget> targets, int year)
    {
        var list = targets.ToList();
        _facility = list.Where(t => t.FacilityId is not null).ToDictionary(t => (t.IndicatorCode, t.FacilityId!.Value), t => t.Value);
        _group = list.Where(t => t.FacilityGroup is not null).ToDictionary(t => (t.IndicatorCode, t.FacilityGroup!.Value), t => t.Value);
        _year = year;
    }

    public static async Task<TargetResolver> LoadAsync(AppDbContext db, Guid provinceId, int year, CancellationToken ct) =>
        new(await db.IndicatorTargets.AsNoTracking().Where(t => t.ProvinceId == provinceId && t.Year == year).ToListAsync(ct), year);

    public (decimal? Value, TargetSource Source) Resolve(IndicatorDefinition indicator, Guid facilityId, FacilityGroup group)
    {
        if (_facility.TryGetValue((indicator.Code, facilityId), out var own)) return (own, TargetSource.Facility);
        if (_group.TryGetValue((indicator.Code, group), out var ofGroup)) return (ofGroup, TargetSource.Group);
        return indicator.NationalTarget(_year) is { } national ? (national, TargetSource.National) : (null, TargetSource.None);
    }

    /// <summary>A share's province target: the group's when the indicator concerns one group and the province set one, else the national one.</summary>
    public (decimal? Value, TargetSource Source) ResolveForProvince(IndicatorDefinition indicator)
    {
        if (indicator.Groups.Count == 1 && _group.TryGetValue((indicator.Code, indicator.Groups[0]), out var ofGroup)) return (ofGroup, TargetSource.Group);
        return indicator.NationalTarget(_year) is { } national ? (national, TargetSource.National) : (null, TargetSource.None);
    }

    public static ProgressCell Cell(IndicatorDefinition indicator, IndicatorValue value, decimal? target, TargetSource source, DateOnly asOf, bool province = false)
    {
        // The preventive share of a province follows the national straight-line path (KPI engine); one facility either does social work or not.
        Func<DateOnly, decimal>? path = province && indicator.Code == IndicatorCatalogue.PreventiveSocialWork && source == TargetSource.National
            ? KpiTargets.PreventiveTrajectoryAt : null;
        var judgedTarget = target;
        if (indicator.ComparedWithPreviousYear && target is null && value.Previous?.Value is { } last)
        {
            (target, judgedTarget, source) = (last, value.Previous.Exact ?? last, TargetSource.PreviousYear);
        }
        var assessment = Progress.Assess(indicator, value.Value, target, asOf, path);
        // The state is judged on the exact share against the exact target, the percentage achieved on the shown values.
        var state = value.Exact is { } exact ? Progress.Assess(indicator, exact, judgedTarget, asOf, path).State : assessment.State;
        // "Higher than last year": equal to last year's share has not risen.
        if (source == TargetSource.PreviousYear && state == ProgressState.Met && (value.Exact ?? value.Value) <= judgedTarget) state = ProgressState.Behind;
        return new ProgressCell(indicator.Code, value.Value, value.Numerator, value.Denominator, target, source,
            assessment.Expected, assessment.PercentAchieved, state, value.Previous?.Value);
    }

    public IReadOnlyList<ProgressCell> Cells(FacilityIndicators facility, DateOnly asOf) =>
        IndicatorCatalogue.All.Where(d => facility.Values.ContainsKey(d.Code)).Select(d =>
        {
            var (target, source) = Resolve(d, facility.FacilityId, facility.Group);
            return Cell(d, facility.Values[d.Code], target, source, asOf);
        }).ToList();
}
