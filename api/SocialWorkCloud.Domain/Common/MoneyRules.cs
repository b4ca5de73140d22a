namespace SocialWorkCloud.Domain.Common;

/// <summary>
/// The rules for money, in one place: money is whole VND in a <c>long</c>; one amount never exceeds 10^13
/// (ten thousand billion). The validators in <c>Application/Common/Validation/MoneyValidation</c> and the
/// SPA's <c>maxVnd</c> (web/src/components/money-input.tsx) apply the same limit.
/// </summary>
public static class MoneyRules
{
    /// <summary>The largest amount or value: 10,000,000,000,000 VND.</summary>
    public const long MaxVnd = 10_000_000_000_000;

    /// <summary>An amount of money that changes hands (a receipt, a distribution, a threshold, a target): more than 0, at most <see cref="MaxVnd"/>.</summary>
    public static bool IsAmount(long vnd) => vnd is > 0 and <= MaxVnd;

    /// <summary>A value that may be nothing (a service given free, an activity's estimated value): from 0 to <see cref="MaxVnd"/>.</summary>
    public static bool IsValue(long vnd) => vnd is >= 0 and <= MaxVnd;

    /// <summary>A distribution needs the unit head's approval when its amount is above the facility's threshold (none: no approval needed).</summary>
    public static bool NeedsApproval(long amount, long? threshold) => threshold is { } t && amount > t;

    /// <summary>The value of <paramref name="part"/> of <paramref name="whole"/> items worth <paramref name="value"/>: pro rata, whole VND rounded down.</summary>
    public static long ProRata(long value, int part, int whole) => whole == 0 ? 0 : (long)((decimal)value * part / whole);
}
