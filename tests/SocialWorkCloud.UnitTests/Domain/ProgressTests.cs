using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.UnitTests.Domain;

public class ProgressTests
{
    private static readonly IndicatorDefinition Money = IndicatorCatalogue.Get(IndicatorCatalogue.MoneyRaised);
    private static readonly IndicatorDefinition Trained = IndicatorCatalogue.Get(IndicatorCatalogue.MedicalStaffTrained);
    private static readonly IndicatorDefinition Preventive = IndicatorCatalogue.Get(IndicatorCatalogue.PreventiveSocialWork);

    [Theory]
    // 100 M a year; on 30/06/2026 (day 181 of 365) 49,589,041.10 is due.
    [InlineData(100_000_000, "2026-06-30", 49_589_042, ProgressState.OnTrack)]
    [InlineData(100_000_000, "2026-06-30", 49_589_040, ProgressState.Behind)]
    [InlineData(100_000_000, "2026-06-30", 100_000_000, ProgressState.Met)]
    [InlineData(100_000_000, "2026-12-31", 99_999_999, ProgressState.Behind)]
    [InlineData(100_000_000, "2026-01-01", 273_973, ProgressState.OnTrack)]
    public void Amounts_are_judged_against_the_year_target_pro_rated_by_day(long target, string asOf, long actual, ProgressState state) =>
        Progress.Assess(Money, actual, target, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)).State.ShouldBe(state);

    [Fact]
    public void A_share_is_met_or_behind_as_it_stands_and_percent_achieved_is_against_the_target()
    {
        var behind = Progress.Assess(Trained, 60m, 80m, new DateOnly(2026, 6, 30));
        behind.State.ShouldBe(ProgressState.Behind);
        behind.PercentAchieved.ShouldBe(75.0m);
        behind.Expected.ShouldBeNull();
        Progress.Assess(Trained, 80m, 80m, new DateOnly(2026, 1, 2)).State.ShouldBe(ProgressState.Met);
    }

    [Fact]
    public void The_preventive_share_follows_the_national_path_when_one_is_given()
    {
        // 31/12/2026 is due 36%; on 30/06/2026 the path stands at 30 + 6 × 181/365 = 32.98%.
        var path = (Func<DateOnly, decimal>)KpiTargets.PreventiveTrajectoryAt;
        Progress.Assess(Preventive, 33m, 36m, new DateOnly(2026, 6, 30), path).State.ShouldBe(ProgressState.OnTrack);
        Progress.Assess(Preventive, 32m, 36m, new DateOnly(2026, 6, 30), path).State.ShouldBe(ProgressState.Behind);
        Progress.Assess(Preventive, 36m, 36m, new DateOnly(2026, 6, 30), path).State.ShouldBe(ProgressState.Met);
    }

    [Fact]
    public void No_target_and_no_data_are_states_of_their_own()
    {
        Progress.Assess(Money, 5, null, new DateOnly(2026, 6, 30)).State.ShouldBe(ProgressState.NoTarget);
        Progress.Assess(Trained, null, 80m, new DateOnly(2026, 6, 30)).State.ShouldBe(ProgressState.NoData);
    }

    [Fact]
    public void Lower_is_better_counts_are_met_only_at_the_year_end()
    {
        var lower = Money with { Direction = IndicatorDirection.LowerIsBetter };
        Progress.Assess(lower, 40m, 100m, new DateOnly(2026, 6, 30)).State.ShouldBe(ProgressState.OnTrack);   // ≤ 49.6 due so far
        Progress.Assess(lower, 60m, 100m, new DateOnly(2026, 6, 30)).State.ShouldBe(ProgressState.Behind);
        Progress.Assess(lower, 90m, 100m, new DateOnly(2026, 12, 31)).State.ShouldBe(ProgressState.Met);
    }

    [Fact]
    public void Catalogue_codes_are_unique_and_every_indicator_applies_to_a_group()
    {
        IndicatorCatalogue.All.Select(d => d.Code).ShouldBeUnique();
        IndicatorCatalogue.All.ShouldAllBe(d => d.Groups.Count > 0 && d.Code.Length <= 60);
        IndicatorCatalogue.Get(IndicatorCatalogue.PreventiveSocialWork).NationalTarget(2030).ShouldBe(60m);
    }
}
