using SocialWorkCloud.Domain.Charity;

namespace SocialWorkCloud.Application.Features.Charity;

public sealed record CharityActivityDto(
    Guid Id, CharityKind Kind, string Title, DateOnly Date, string? Place, string? Partner, int BeneficiaryCount, long ValueVnd, bool Held,
    Guid? ScheduleId, Guid? DistributionId);

public sealed record CharityScheduleDto(
    Guid Id, CharityKind Kind, string Title, string? Place, string? Partner, IReadOnlyList<int> DaysOfMonth, DayOfWeek? Weekday,
    DateOnly StartsOn, DateOnly? EndsOn, int PendingOccurrences);

public enum OccurrenceState
{
    /// <summary>On or before today, not yet confirmed.</summary>
    Pending = 1,
    Upcoming = 2,
    Confirmed = 3,
    NotHeld = 4,
}

public sealed record CharityOccurrence(DateOnly Date, OccurrenceState State, CharityActivityDto? Activity);

public sealed record KindCountRow(CharityKind Kind, int Activities, int Beneficiaries, long ValueVnd);

public sealed record CharitySummary(DateOnly From, DateOnly To, int Activities, int Beneficiaries, long ValueVnd, int PendingOccurrences, IReadOnlyList<KindCountRow> ByKind);
