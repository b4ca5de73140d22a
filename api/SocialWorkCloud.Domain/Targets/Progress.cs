using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Domain.Targets;

public enum ProgressState
{
    Met = 1,
    OnTrack = 2,
    Behind = 3,
    /// <summary>No target set for the year (neither for the facility, its group, nor nationally).</summary>
    NoTarget = 4,
    /// <summary>Nothing to compute from (e.g. no medical staff in the registry, no department).</summary>
    NoData = 5,
}

public sealed record ProgressAssessment(decimal? PercentAchieved, decimal? Expected, ProgressState State);

/// <summary>
/// Judges an actual value against a year target as of a date. A target is due on 31/12: reaching it is
/// "met". Counts and money accumulate, so before the year end they are "on track" when at or above the
/// target pro-rated by day of year. Shares are judged as they stand (met or behind), except the preventive
/// share, which follows the national straight-line path (the KPI engine's rule).
/// </summary>
public static class Progress
{
    public static ProgressAssessment Assess(IndicatorDefinition indicator, decimal? actual, decimal? target, DateOnly asOf, Func<DateOnly, decimal>? path = null)
    {
        if (target is null) return new(null, null, ProgressState.NoTarget);
        if (actual is null) return new(null, null, ProgressState.NoData);
        var higher = indicator.Direction == IndicatorDirection.HigherIsBetter;
        decimal? achieved = higher
            ? target == 0 ? null : Math.Round(100m * actual.Value / target.Value, 1, MidpointRounding.AwayFromZero)
            : actual == 0 ? 100m : Math.Round(100m * target.Value / actual.Value, 1, MidpointRounding.AwayFromZero);
        var expected = indicator.Accumulates ? Math.Round(target.Value * YearFraction(asOf), 2, MidpointRounding.AwayFromZero)
            : path?.Invoke(asOf);
        var met = higher ? actual >= target : actual <= target;
        if (met && (higher || !indicator.Accumulates || asOf == Periods.YearEnd(asOf))) return new(achieved, expected, ProgressState.Met);
        if (expected is { } e && (higher ? actual >= e : actual <= e)) return new(achieved, expected, ProgressState.OnTrack);
        return new(achieved, expected, ProgressState.Behind);
    }

    /// <summary>The part of the year elapsed at the end of the date: 1/365 on 1 January, 1 on 31 December.</summary>
    public static decimal YearFraction(DateOnly asOf)
    {
        var start = Periods.YearStart(asOf);
        return (decimal)(asOf.DayNumber - start.DayNumber + 1) / (Periods.YearEnd(asOf).DayNumber - start.DayNumber + 1);
    }

}
