using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Charity;

public enum CharityKind
{
    FreeMeals = 1,
    PorridgeAndMilk = 2,
    FreeHaircuts = 3,
    GiftsChildrensDay = 4,
    GiftsMidAutumn = 5,
    HumanitarianExamination = 6,
    CulturalActivity = 7,
    Other = 8,
}

/// <summary>
/// A recurring charity activity entered once ("free meals twice a month"): it holds on the given
/// days of every month (or one weekday every week) between its dates; each occurrence is confirmed
/// with the actual counts as a <see cref="CharityActivity"/>.
/// </summary>
public class CharitySchedule : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public CharityKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Place { get; set; }
    public string? Partner { get; set; }
    /// <summary>Days of the month, e.g. "1,15"; a day past the month's end falls on its last day. Empty when weekly.</summary>
    public string DaysOfMonth { get; set; } = string.Empty;
    public DayOfWeek? Weekday { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<int> MonthDays() =>
        DaysOfMonth.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Order().ToList();

    /// <summary>The dates the schedule falls on within [from, to], in order.</summary>
    public IEnumerable<DateOnly> OccurrencesBetween(DateOnly from, DateOnly to)
    {
        var start = from > StartsOn ? from : StartsOn;
        var end = EndsOn is { } e && e < to ? e : to;
        if (start > end) yield break;
        if (Weekday is { } weekday)
        {
            var first = start.AddDays(((int)weekday - (int)start.DayOfWeek + 7) % 7);
            for (var d = first; d <= end; d = d.AddDays(7)) yield return d;
            yield break;
        }
        var days = MonthDays();
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            var last = DateTime.DaysInMonth(month.Year, month.Month);
            foreach (var d in days.Select(day => Math.Min(day, last)).Distinct())
            {
                var date = new DateOnly(month.Year, month.Month, d);
                if (date >= start && date <= end) yield return date;
            }
        }
    }
}

/// <summary>A charity or community activity that took place: one-off, or a confirmed occurrence of a schedule.</summary>
public class CharityActivity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public CharityKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public string? Place { get; set; }
    public string? Partner { get; set; }
    public int BeneficiaryCount { get; set; }
    /// <summary>Value of the goods or money given, whole VND.</summary>
    public long ValueVnd { get; set; }
    /// <summary>False when a scheduled occurrence was confirmed as not held.</summary>
    public bool Held { get; set; } = true;
    public Guid? ScheduleId { get; set; }
    /// <summary>The donations module's distribution this activity handed out, if any (linked after that module lands; no foreign key).</summary>
    public Guid? DistributionId { get; set; }
    /// <summary>Who logged it (a collaborator logs what they took part in); null for activities before this was kept.</summary>
    public Guid? RecordedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
