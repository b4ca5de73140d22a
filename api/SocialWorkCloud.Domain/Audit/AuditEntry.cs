using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Audit;

/// <summary>Who did what to which record and when: full views of identifiers, sensitive cases, consent overrides. Never edited.</summary>
public class AuditEntry : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>What was done, e.g. "client.view-identifiers", "case.read", "referral.consent-override".</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public string? Detail { get; set; }
}
