using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.UnitTests.Domain.Fundraising;

public class MoneyRulesTests
{
    [Theory]
    [InlineData(0, false, true)]
    [InlineData(1, true, true)]
    [InlineData(-1, false, false)]
    [InlineData(10_000_000_000_000, true, true)]
    [InlineData(10_000_000_000_001, false, false)]
    public void Amounts_are_positive_values_may_be_zero_both_at_most_ten_thousand_billion(long vnd, bool amount, bool value)
    {
        MoneyRules.IsAmount(vnd).ShouldBe(amount);
        MoneyRules.IsValue(vnd).ShouldBe(value);
    }

    [Theory]
    [InlineData(5_000_000, null, false)]
    [InlineData(5_000_000, 5_000_000L, false)]
    [InlineData(5_000_001, 5_000_000L, true)]
    [InlineData(1, 0L, true)]
    public void Above_the_threshold_a_distribution_needs_approval(long amount, long? threshold, bool needs) =>
        MoneyRules.NeedsApproval(amount, threshold).ShouldBe(needs);

    [Theory]
    [InlineData(10_000_000, 1, 3, 3_333_333)]
    [InlineData(10_000_000, 3, 3, 10_000_000)]
    [InlineData(10_000_000, 1, 0, 0)]
    [InlineData(9_999_999_999_999, 7, 9, 7_777_777_777_777)]
    public void Part_of_a_lot_is_valued_pro_rata_rounded_down(long value, int part, int whole, long expected) =>
        MoneyRules.ProRata(value, part, whole).ShouldBe(expected);
}
