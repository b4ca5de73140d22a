namespace SocialWorkCloud.Domain.Common;

/// <summary>
/// Today's date in Vietnam (UTC+7, no daylight saving). Legal dates (effective dates, report periods,
/// "as of" dates) are Vietnamese calendar dates, never the server's: ask this class, never
/// <c>DateTime.Today</c> or <c>UtcNow.AddHours(7)</c>.
/// </summary>
public static class VietnamClock
{
    /// <summary>Vietnam's offset from UTC (no daylight saving).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>Today's date in Vietnam (UTC+7): a legal date, not an instant.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>Today's date in Vietnam by the system clock (tests, benchmarks, tools without a <see cref="TimeProvider"/>).</summary>
    public static DateOnly Today() => Today(TimeProvider.System);

    /// <summary>The calendar date in Vietnam on which an instant falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant of a Vietnamese date and time of day (e.g. 09:30 on a due date), in UTC.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new DateTimeOffset(date.ToDateTime(time), Offset).ToUniversalTime();

    /// <summary>Vietnam's time zone for schedulers (cron at 01:30 Vietnam time); a fixed UTC+7 zone where the system has no tz data.</summary>
    public static TimeZoneInfo TimeZone { get; } = FindTimeZone();

    private static TimeZoneInfo FindTimeZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", Offset, "ICT", "ICT"); }
    }
}
