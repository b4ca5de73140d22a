using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Kpis;

/// <summary>A stored KPI figure of a province as of a date; the trend is a query over these.</summary>
[GlobalEntity("Province-level aggregate, no facility's record; read only through queries restricted to the caller's province.")]
public class KpiSnapshot
{
    public Guid Id { get; set; }
    public Guid ProvinceId { get; set; }
    public DateOnly AsOf { get; set; }
    public KpiIndicator Indicator { get; set; }
    public int Numerator { get; set; }
    public int Denominator { get; set; }
    public decimal SharePercent { get; set; }
    public decimal? TargetPercent { get; set; }
    public decimal? TrajectoryPercent { get; set; }
    public KpiState State { get; set; }
    /// <summary>The facilities that pull the share down, as JSON [{id, code, name, type, status}].</summary>
    public required string LaggardsJson { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public Guid? RunId { get; set; }
}

public enum KpiRunStatus
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>One request to recompute a province's KPIs, followed by the client through its id.</summary>
[GlobalEntity("Province-level job record; read only through queries restricted to the caller's province.")]
public class KpiRun
{
    public Guid Id { get; set; }
    public Guid ProvinceId { get; set; }
    public DateOnly AsOf { get; set; }
    public string? JobId { get; set; }
    public KpiRunStatus Status { get; set; }
    public int ProgressPercent { get; set; }
    public string? Error { get; set; }
    public Guid? RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
