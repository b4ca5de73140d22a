using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Text;

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

/// <summary>What a draft nomination says: the year, the nominee (the unit or a person) and the award proposed.</summary>
public sealed record NominationDetails(
    int Year, NomineeKind NomineeKind, string NomineeName, string? NomineeTitle, Guid? StaffMemberId, AwardKind AwardKind, string? AwardText,
    string Achievements);

/// <summary>
/// The facility's nomination of its unit or a person for a year's commendation: a draft the unit head edits
/// or discards, then submitted to the Health Department (final for the facility), then decided by the
/// province (a <see cref="CommendationDecision"/> of its own: the province writes no facility rows).
/// </summary>
public class Nomination : ITenantOwned, IVersioned
{
    private Nomination()
    {
    }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    public int Year { get; private set; }
    public NomineeKind NomineeKind { get; private set; }
    /// <summary>The unit's or the person's name as written on the decision.</summary>
    public string NomineeName { get; private set; } = string.Empty;
    /// <summary>Normalised (accents and case folded) for search.</summary>
    public string SearchName { get; private set; } = string.Empty;
    public string? NomineeTitle { get; private set; }
    public Guid? StaffMemberId { get; private set; }
    public AwardKind AwardKind { get; private set; }
    public string? AwardText { get; private set; }
    public string Achievements { get; private set; } = string.Empty;
    public NominationStatus Status { get; private set; } = NominationStatus.Draft;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid Version { get; set; }

    /// <summary>A new draft.</summary>
    public static Nomination Draft(Guid id, NominationDetails details, DateTimeOffset createdAt)
    {
        var nomination = new Nomination { Id = id, CreatedAt = createdAt };
        nomination.Apply(details);
        return nomination;
    }

    /// <summary>Edits the draft; a submitted nomination no longer changes.</summary>
    public void Revise(NominationDetails details)
    {
        EnsureDraft();
        Apply(details);
    }

    /// <summary>Submits the draft to the Health Department.</summary>
    public void Submit(DateTimeOffset at)
    {
        EnsureDraft();
        Status = NominationStatus.Submitted;
        SubmittedAt = at;
    }

    /// <summary>Only a draft may be discarded; a submitted nomination stays on record.</summary>
    public void EnsureCanBeDiscarded() => EnsureDraft();

    /// <summary>
    /// The province's final decision on the submitted nomination: awarded (decision number and date) or not
    /// (reason); refused for a draft and when a decision exists already (<paramref name="alreadyDecided"/>).
    /// </summary>
    public CommendationDecision Decide(
        bool alreadyDecided, Guid provinceId, bool awarded, string? decisionNumber, DateOnly? decisionDate, string? reason, Guid? decidedBy, DateTimeOffset decidedAt)
    {
        if (Status == NominationStatus.Draft) throw new DomainRuleException("nomination-not-submitted");
        if (alreadyDecided) throw new DomainRuleException("nomination-decided");
        if (awarded && (string.IsNullOrWhiteSpace(decisionNumber) || decisionDate is null)) throw new DomainRuleException("decision-incomplete");
        if (!awarded && string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("decision-incomplete");
        return new CommendationDecision
        {
            Id = Guid.NewGuid(), NominationId = Id, FacilityId = FacilityId, ProvinceId = provinceId, Awarded = awarded,
            DecisionNumber = awarded ? decisionNumber!.Trim() : null, DecisionDate = awarded ? decisionDate : null,
            Reason = awarded ? null : reason!.Trim(), DecidedBy = decidedBy, DecidedAt = decidedAt,
        };
    }

    private void EnsureDraft()
    {
        if (Status != NominationStatus.Draft) throw new DomainRuleException("nomination-submitted");
    }

    private void Apply(NominationDetails d)
    {
        if (d.NomineeKind == NomineeKind.Unit && d.StaffMemberId is not null) throw new DomainRuleException("unit-names-no-staff");
        var name = d.NomineeName.Trim();
        Year = d.Year;
        NomineeKind = d.NomineeKind;
        NomineeName = name;
        SearchName = VietnameseText.Fold(name);
        NomineeTitle = string.IsNullOrWhiteSpace(d.NomineeTitle) ? null : d.NomineeTitle.Trim();
        StaffMemberId = d.StaffMemberId;
        AwardKind = d.AwardKind;
        AwardText = string.IsNullOrWhiteSpace(d.AwardText) ? null : d.AwardText.Trim();
        Achievements = d.Achievements.Trim();
    }
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
