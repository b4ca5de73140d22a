using SocialWorkCloud.Domain.Kpis;

namespace SocialWorkCloud.Application.Features.Kpis;

public sealed record KpiRunDto(
    Guid Id, Guid ProvinceId, DateOnly AsOf, string? JobId, KpiRunStatus Status, int ProgressPercent, string? Error,
    DateTimeOffset RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);

internal static class KpiRunMapping
{
    public static KpiRunDto ToDto(this KpiRun r) =>
        new(r.Id, r.ProvinceId, r.AsOf, r.JobId, r.Status, r.ProgressPercent, r.Error, r.RequestedAt, r.StartedAt, r.FinishedAt);
}
