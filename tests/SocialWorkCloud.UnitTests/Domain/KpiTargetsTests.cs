using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.UnitTests.Domain;

public class KpiTargetsTests
{
    [Theory]
    [InlineData(2021, 30)]
    [InlineData(2025, 30)]
    [InlineData(2026, 36)]
    [InlineData(2027, 42)]
    [InlineData(2028, 48)]
    [InlineData(2029, 54)]
    [InlineData(2030, 60)]
    [InlineData(2035, 60)]
    public void Year_end_targets_run_straight_from_30_in_2025_to_60_in_2030(int year, double expected) =>
        KpiTargets.PreventiveTargetForYearEnd(year).ShouldBe((decimal)expected);

    [Theory]
    [InlineData("2020-12-31", 0)]
    [InlineData("2023-12-31", 18)]
    [InlineData("2025-06-30", 26.98)] // 24 + 6 × 181/365
    [InlineData("2025-12-31", 30)]
    [InlineData("2026-12-31", 36)]
    [InlineData("2029-03-31", 49.48)] // 48 + 6 × 90/365
    [InlineData("2030-12-31", 60)]
    [InlineData("2033-05-01", 60)]
    public void The_trajectory_is_a_straight_line_through_the_year_ends(string date, double expected) =>
        KpiTargets.PreventiveTrajectoryAt(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe((decimal)expected);

    [Theory]
    [InlineData(30, "2025-12-31", KpiState.Met)]
    [InlineData(29.99, "2025-12-31", KpiState.Behind)]
    [InlineData(29, "2025-09-30", KpiState.OnTrack)] // path 28.49 on 30/09/2025
    [InlineData(20, "2025-06-30", KpiState.Behind)]
    [InlineData(36, "2026-01-15", KpiState.Met)]
    [InlineData(50, "2029-03-31", KpiState.OnTrack)]
    [InlineData(50, "2029-06-30", KpiState.Behind)]
    public void Preventive_state_is_met_on_track_or_behind(double share, string date, KpiState expected) =>
        KpiTargets.AssessPreventive((decimal)share, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void Curative_target_is_all_facilities()
    {
        KpiTargets.AssessCurative(100m).ShouldBe(KpiState.Met);
        KpiTargets.AssessCurative(99.99m).ShouldBe(KpiState.Behind);
    }

    [Fact]
    public void Share_of_an_empty_group_is_zero_and_rounds_to_two_decimals()
    {
        KpiTargets.SharePercent(0, 0).ShouldBe(0m);
        KpiTargets.SharePercent(1, 3).ShouldBe(33.33m);
        KpiTargets.SharePercent(2, 3).ShouldBe(66.67m);
    }

    [Fact]
    public void Shares_round_half_away_from_zero_while_the_state_is_judged_on_the_exact_share()
    {
        KpiTargets.SharePercent(13, 32).ShouldBe(40.63m);       // 40.625 %: banker's rounding would show 40.62
        KpiTargets.SharePercent(1, 8).ShouldBe(12.5m);
        KpiTargets.SharePercent(8999, 25000).ShouldBe(36m);     // 35.996 % shows as 36 % …
        KpiTargets.AssessPreventive(8999, 25000, new DateOnly(2026, 12, 31)).ShouldNotBe(KpiState.Met); // … but does not meet the 36 % target
        KpiTargets.AssessPreventive(9, 25, new DateOnly(2026, 12, 31)).ShouldBe(KpiState.Met);
        KpiTargets.AssessCurative(39999, 40000).ShouldBe(KpiState.Behind);
        KpiTargets.AssessCurative(40, 40).ShouldBe(KpiState.Met);
    }

    [Fact]
    public void An_empty_group_is_not_behind_it_has_no_facility()
    {
        KpiTargets.AssessPreventive(0, 0, new DateOnly(2026, 6, 30)).ShouldBe(KpiState.NoFacility);
        KpiTargets.AssessCurative(0, 0).ShouldBe(KpiState.NoFacility);
    }
}
