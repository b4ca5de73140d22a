using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Commendations;

public enum NomineeKind
{
    /// <summary>The facility's social-work unit (tập thể).</summary>
    Unit = 1,
    /// <summary>A person (cá nhân): a staff member of the facility or anyone named with a title.</summary>
    Person = 2,
}

/// <summary>Emulation titles and forms of commendation (Law on Emulation and Commendation 2022) a Health Department decides or proposes.</summary>
public enum AwardKind
{
    /// <summary>Giấy khen của Giám đốc Sở Y tế.</summary>
    DirectorCertificateOfMerit = 1,
    /// <summary>Bằng khen (of the Provincial People's Committee or the Minister of Health).</summary>
    CertificateOfMerit = 2,
    /// <summary>Chiến sĩ thi đua cơ sở.</summary>
    GrassrootsEmulationFighter = 3,
    /// <summary>Chiến sĩ thi đua cấp tỉnh/bộ.</summary>
    ProvincialEmulationFighter = 4,
    /// <summary>Tập thể lao động tiên tiến.</summary>
    AdvancedCollective = 5,
    /// <summary>Tập thể lao động xuất sắc.</summary>
    ExcellentCollective = 6,
    /// <summary>Anything else, named in the free text.</summary>
    Other = 9,
}

public enum NominationStatus
{
    Draft = 1,
    Submitted = 2,
    Awarded = 3,
    NotAwarded = 4,
}

/// <summary>The facility's nomination of its unit or a person for a year's commendation; editable only as a draft.</summary>
public class Nomination : ITenantOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public int Year { get; set; }
    public NomineeKind NomineeKind { get; set; }
    /// <summary>The unit's or the person's name as written on the decision.</summary>
    public required string NomineeName { get; set; }
    /// <summary>Normalised (accents and case folded) for search.</summary>
    public required string SearchName { get; set; }
    public string? NomineeTitle { get; set; }
    public Guid? StaffMemberId { get; set; }
    public AwardKind AwardKind { get; set; }
    public string? AwardText { get; set; }
    public required string Achievements { get; set; }
    public NominationStatus Status { get; set; } = NominationStatus.Draft;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>
/// The province's decision on a submitted nomination: awarded (decision number and date) or not
/// (reason). Final: one per nomination (a unique index), never changed.
/// </summary>
[GlobalEntity("Written by the province Health Department on a nomination of one of its facilities; read only through CommendationScope.")]
public class CommendationDecision : IAppendOnly
{
    public Guid Id { get; set; }
    public Guid NominationId { get; set; }
    public Guid FacilityId { get; set; }
    public Guid ProvinceId { get; set; }
    public bool Awarded { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? Reason { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
