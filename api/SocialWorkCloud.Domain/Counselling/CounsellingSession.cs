using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Counselling;

/// <summary>A psychological counselling session (tham vấn tâm lý) with an optional distress score before and after (0–10).</summary>
public class CounsellingSession : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid ClientId { get; set; }
    public Guid? CaseId { get; set; }
    /// <summary>The person counselled was a relative of the client, not the client.</summary>
    public bool WithRelative { get; set; }
    public string? RelativeName { get; set; }
    public DateOnly HeldOn { get; set; }
    public int DurationMinutes { get; set; }
    public required string Topic { get; set; }
    public Guid CounsellorId { get; set; }
    public int? DistressBefore { get; set; }
    public int? DistressAfter { get; set; }
    /// <summary>What was discussed and agreed (the topic is the one-line heading).</summary>
    public string? Notes { get; set; }
    /// <summary>The next session agreed with the person; on a case it also becomes a follow-up task.</summary>
    public DateOnly? NextAppointmentOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
