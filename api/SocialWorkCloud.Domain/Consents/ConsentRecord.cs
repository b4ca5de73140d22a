using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Consents;

/// <summary>A client's (or guardian's) consent for one purpose; withdrawing sets the date, the record stays.</summary>
public class ConsentRecord : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid ClientId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public ConsentGiver GivenBy { get; set; }
    public string? GuardianName { get; set; }
    public DateOnly GivenOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }

    /// <summary>The legal ground the unit head recorded for processing on after the withdrawal (Law 91/2025: processing without consent).</summary>
    public string? LegalGround { get; private set; }
    public Guid? LegalGroundRecordedBy { get; private set; }
    public DateTimeOffset? LegalGroundRecordedAt { get; private set; }

    public bool InForceOn(DateOnly date) => GivenOn <= date && (WithdrawnOn is null || WithdrawnOn > date);

    /// <summary>Withdrawn and no legal ground recorded: nothing new may be processed for this purpose.</summary>
    public bool BarsProcessing => WithdrawnOn is not null && LegalGround is null;

    /// <summary>The unit head's written legal ground for processing on although the consent was withdrawn; only a withdrawn consent needs one.</summary>
    public void RecordLegalGround(string legalGround, Guid? by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(legalGround);
        if (WithdrawnOn is null) throw new DomainRuleException("legal-ground-consent-not-withdrawn");
        LegalGround = legalGround.Trim();
        LegalGroundRecordedBy = by;
        LegalGroundRecordedAt = at;
    }
}

/// <summary>
/// The one rule of consent withdrawal: new processing for a purpose is refused when the purpose's latest
/// consent was withdrawn and the unit head recorded no legal ground. A purpose never consented to is not
/// refused here (only withdrawal blocks); a consent given again after a withdrawal is the latest and lets it through.
/// </summary>
public static class ConsentRules
{
    public static void EnsureMayProcess(IEnumerable<ConsentRecord> consents, ConsentPurpose purpose)
    {
        var latest = consents.Where(c => c.Purpose == purpose)
            .OrderByDescending(c => c.GivenOn).ThenByDescending(c => c.RecordedAt).FirstOrDefault();
        if (latest is { BarsProcessing: true })
            throw new DomainRuleException("consent-withdrawn", purpose.ToString(), latest.WithdrawnOn);
    }
}

public enum ConsentPurpose
{
    PersonalDataProcessing = 0,
    SharingInReferral = 1,
    StoryOrPhotoInCommunication = 2,
}

public enum ConsentGiver
{
    Client = 0,
    Guardian = 1,
}
