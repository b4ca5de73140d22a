using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Domain.Kpis;

/// <summary>
/// The national targets for preventive facilities (Decision 112/QĐ-TTg, Decision 712/QĐ-BYT):
/// 30% carrying out social work at 31/12/2025 and 60% at 31/12/2030, with a straight line between,
/// so 36, 42, 48, 54% at the year ends 2026–2029. The same 6-point yearly slope from 0% at
/// 31/12/2020 gives the "on track" line before 2025.
/// </summary>
public static class KpiTargets
{
    public const decimal CurativeTargetPercent = 100m;

    /// <summary>The target due at 31/12 of the year: what "met" is judged against.</summary>
    public static decimal PreventiveTargetForYearEnd(int year) => year switch
    {
        <= 2025 => 30m,
        >= 2030 => 60m,
        _ => 30m + (6m * (year - 2025)),
    };

    /// <summary>The point on the straight-line path at a date, used to say "on track".</summary>
    public static decimal PreventiveTrajectoryAt(DateOnly date)
    {
        var yearEnd = Periods.YearEnd(date);
        if (date >= new DateOnly(2030, 12, 31)) return 60m;
        var previousYearEnd = new DateOnly(date.Year - 1, 12, 31);
        var start = PathAtYearEnd(date.Year - 1);
        var end = PathAtYearEnd(date.Year);
        var fraction = (decimal)(date.DayNumber - previousYearEnd.DayNumber) / (yearEnd.DayNumber - previousYearEnd.DayNumber);
        return Math.Round(start + ((end - start) * fraction), 2);
    }

    private static decimal PathAtYearEnd(int year) => year switch
    {
        <= 2020 => 0m,
        >= 2030 => 60m,
        _ => 6m * (year - 2020),
    };

    /// <summary>Judges a group's count: an empty group has nothing to judge; otherwise the exact share, not the rounded one shown.</summary>
    public static KpiState AssessPreventive(int numerator, int denominator, DateOnly asOf) =>
        denominator == 0 ? KpiState.NoFacility : AssessPreventive(ExactSharePercent(numerator, denominator), asOf);

    /// <summary>Judges a group's count: an empty group has nothing to judge; otherwise the exact share, not the rounded one shown.</summary>
    public static KpiState AssessCurative(int numerator, int denominator) =>
        denominator == 0 ? KpiState.NoFacility : AssessCurative(ExactSharePercent(numerator, denominator));

    public static KpiState AssessPreventive(decimal sharePercent, DateOnly asOf)
    {
        if (sharePercent >= PreventiveTargetForYearEnd(asOf.Year)) return KpiState.Met;
        return sharePercent >= PreventiveTrajectoryAt(asOf) ? KpiState.OnTrack : KpiState.Behind;
    }

    public static KpiState AssessCurative(decimal sharePercent) =>
        sharePercent >= CurativeTargetPercent ? KpiState.Met : KpiState.Behind;

    /// <summary>
    /// Share in percent as shown: two decimals, half away from zero as people round (40.625 → 40.63, not the
    /// banker's 40.62); an empty group shows 0 with the state <see cref="KpiState.NoFacility"/>.
    /// </summary>
    public static decimal SharePercent(int numerator, int denominator) =>
        denominator == 0 ? 0m : Math.Round(ExactSharePercent(numerator, denominator), 2, MidpointRounding.AwayFromZero);

    /// <summary>The share unrounded (to decimal's precision), what a target is judged against: 35.996 % is not 36 %.</summary>
    public static decimal ExactSharePercent(int numerator, int denominator) =>
        denominator == 0 ? 0m : 100m * numerator / denominator;
}
