using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Reception;

/// <summary>A desk where patients are received and guided (đón tiếp, chỉ dẫn), e.g. the outpatient hall.</summary>
public class ReceptionPoint : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public required string Name { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

public enum ContactKind
{
    Guidance = 1,
    AdministrativeHelp = 2,
    Information = 3,
    WheelchairEscort = 4,
    CaseHandover = 5,
}

/// <summary>Where a tally entry came from.</summary>
public enum TallySource
{
    Portal = 1,
    HospitalSystem = 2,
}

/// <summary>
/// One tap on the tally screen (or a count pushed by a hospital information system). The client
/// generates <see cref="ClientEntryId"/>, unique per facility, so a replayed entry never counts twice.
/// </summary>
public class ReceptionTally : ITenantOwned, IAppendOnly
{
    public long Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid ClientEntryId { get; set; }
    public Guid PointId { get; set; }
    public ContactKind Kind { get; set; }
    /// <summary>Contacts this entry stands for: 1 for a tap, more when a system pushes a count.</summary>
    public int Count { get; set; } = 1;
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>The Vietnam date of <see cref="OccurredAt"/>: the day the contact counts for.</summary>
    public DateOnly Date { get; set; }
    public TallySource Source { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>The signed-in person who tapped (null for a hospital system's push).</summary>
    public Guid? RecordedById { get; set; }
    /// <summary>
    /// Set on an undo: the <see cref="ClientEntryId"/> of the tap it takes back. The ledger stays append-only,
    /// so an undo is a compensating entry with the negative count; each tap can be undone once.
    /// </summary>
    public Guid? UndoesEntryId { get; set; }
}

/// <summary>A batch accepted under an Idempotency-Key: the same key again returns the same answer without counting.</summary>
public class IdempotentRequest : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public required string Key { get; set; }
    /// <summary>SHA-256 of the request body: the same key with a different body is refused.</summary>
    public required string BodyHash { get; set; }
    public int Accepted { get; set; }
    public int Duplicates { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
