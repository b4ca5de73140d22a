using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

public enum TargetSource
{
    /// <summary>The province's target for this facility.</summary>
    Facility = 1,
    /// <summary>The province's target for the facility's group.</summary>
    Group = 2,
    /// <summary>The national target of the source documents (30/60% preventive, 100% curative, 80% trained…).</summary>
    National = 3,
    /// <summary>For province totals: the sum of the facilities' targets.</summary>
    FacilitiesSum = 4,
    None = 5,
    /// <summary>No target set and the indicator must rise year on year: last year's value.</summary>
    PreviousYear = 6,
}

public sealed record IndicatorDto(
    string Code, string NameVi, string NameEn, IndicatorUnit Unit, IndicatorDirection Direction, IndicatorSource Source,
    IReadOnlyList<FacilityGroup> Groups, string DefinitionVi, string DefinitionEn, decimal? NationalTarget)
{
    public static IndicatorDto From(IndicatorDefinition d, int year) =>
        new(d.Code, d.NameVi, d.NameEn, d.Unit, d.Direction, d.Source, d.Groups, d.DefinitionVi, d.DefinitionEn, d.NationalTarget(year));
}

/// <param name="Actual">The value as of the date (percent, count or VND); null when there is nothing to compute from.</param>
/// <param name="Expected">Where the value should stand on the date to be on track (pro-rated year target, or the national path).</param>
/// <param name="PreviousYear">The whole previous year's value, for an indicator judged against it (null otherwise or when unknown).</param>
public sealed record ProgressCell(
    string IndicatorCode, decimal? Actual, long? Numerator, long? Denominator, decimal? Target, TargetSource TargetSource,
    decimal? Expected, decimal? PercentAchieved, ProgressState State, decimal? PreviousYear = null);

public sealed record FacilityProgressRow(
    Guid FacilityId, string Code, string Name, FacilityType Type, FacilityGroup Group, int BehindCount, IReadOnlyList<ProgressCell> Cells);

public sealed record ProvinceProgress(
    Guid ProvinceId, DateOnly AsOf, int Year, IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<ProgressCell> Totals,
    IReadOnlyList<FacilityProgressRow> Facilities);

public sealed record TrendPoint(DateOnly AsOf, decimal? Actual);

public sealed record IndicatorTrend(string IndicatorCode, IReadOnlyList<TrendPoint> Points);

public sealed record PlanTargetProgress(string? IndicatorCode, string? Text, decimal? Target, decimal? Actual, decimal? PercentAchieved, ProgressState? State);

public sealed record PlanProgress(Guid PlanId, PlanStatus Status, IReadOnlyList<PlanTargetProgress> Targets);

public sealed record FacilityProgress(
    Guid FacilityId, string Code, string Name, FacilityType Type, FacilityGroup Group, DateOnly AsOf, int Year,
    IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<ProgressCell> Cells, PlanProgress? Plan, IReadOnlyList<IndicatorTrend> Trend);
