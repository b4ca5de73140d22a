using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Audit;

/// <summary>
/// Who did what to which record and when: full views of identifiers, sensitive cases, consent overrides. Never edited;
/// hash-chained per facility, so an edit in the database is detectable.
/// </summary>
public class AuditEntry : ITenantOwned, IHashChained, IAuditRecord
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
    public long ChainPosition { get; set; }
    public string PreviousHash { get; set; } = string.Empty;
    public string Hash { get; set; } = string.Empty;
}

/// <summary>
/// An action of the platform itself, outside any facility: provinces and facilities onboarded, accounts created by the
/// platform admin. Kept in the platform's own chain, read only by the platform admin.
/// </summary>
[GlobalEntity("The platform's own actions belong to no facility; only the platform admin reads them, through Features/Audit.")]
public class PlatformAuditEntry : IHashChained, IAuditRecord
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public string? Detail { get; set; }
    public long ChainPosition { get; set; }
    public string PreviousHash { get; set; } = string.Empty;
    public string Hash { get; set; } = string.Empty;
}

/// <summary>
/// The end of one hash chain (a facility's audit log or ledger, or the platform's audit log): how many rows it has and
/// the last row's hash. Appending serialises on it, and verification compares it with the rows, so a deleted last row shows.
/// </summary>
[GlobalEntity("One row per chain, platform chain included; read and written only by the hash-chain code.")]
public class ChainHead
{
    /// <summary>"audit/{facilityId}", "ledger/{facilityId}" or "audit/platform".</summary>
    public required string Chain { get; set; }
    public long Length { get; set; }
    public required string LastHash { get; set; }
}

/// <summary>What every audit log line says, in the facility's log and the platform's.</summary>
public interface IAuditRecord
{
    Guid Id { get; }
    DateTimeOffset At { get; }
    Guid? UserId { get; }
    string Action { get; }
    string EntityType { get; }
    Guid EntityId { get; }
    string? Detail { get; }
    long ChainPosition { get; }
}
