using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Domain.Clients;

/// <summary>A person the facility's social-work unit serves (a patient, a relative, a resident of the ward).</summary>
public class Client : ITenantOwned, IVersioned
{
    private readonly List<ClientNameKey> _nameKeys = [];

    /// <summary>A client named <paramref name="fullName"/>, its search keys made from the name.</summary>
    public Client(string fullName) => Rename(fullName);

    private Client()
    {
    }

    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public string FullName { get; private set; } = string.Empty;
    /// <summary>Name folded to lower case without diacritics: "Nguyen Van An" finds "Nguyễn Văn An".</summary>
    public string SearchName { get; private set; } = string.Empty;
    /// <summary>The name's key in Vietnamese order (<see cref="Text.VietnameseCollation.SortKey"/>), stored so lists page in that order in SQL; it follows the name, so the value read back is ignored.</summary>
    public string SortName { get => VietnameseCollation.SortKey(FullName); private set { } }
    /// <summary>
    /// The folded name from each later name part on ("thi thu ha", "thu ha", "ha" for Nguyễn Thị Thu Hà), one row
    /// each, so a search by any run of whole name parts ("thu ha", "ha") is a prefix seek like the full name's.
    /// </summary>
    public IReadOnlyList<ClientNameKey> NameKeys => _nameKeys;
    public DateOnly? DateOfBirth { get; set; }
    /// <summary>The birth year, known or estimated; the duplicate check compares it.</summary>
    public int? BirthYear { get; set; }
    public Sex Sex { get; set; }
    /// <summary>Căn cước công dân (12 digits).</summary>
    public string? NationalId { get; set; }
    public string? InsuranceNumber { get; set; }
    public string? PatientId { get; set; }
    public string? Province { get; set; }
    /// <summary>The commune (statistics office code, 2025 reform); null for addresses typed before the codes.</summary>
    public string? CommuneCode { get; set; }
    public string? CommuneWard { get; set; }
    public string? AddressDetail { get; set; }
    public string? Phone { get; set; }
    public string? GuardianContact { get; set; }
    public string? HouseholdSituation { get; set; }
    public Vulnerability Vulnerabilities { get; set; }
    /// <summary>Created although the duplicate check found likely matches (the user chose "create anyway").</summary>
    public bool CreatedDespiteMatches { get; set; }
    /// <summary>Set when this client was merged into another; its history moved there.</summary>
    public Guid? MergedIntoId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public Guid Version { get; set; }
    /// <summary>Set while the data subject's restriction of processing holds: read-only, out of lists and search.</summary>
    public DateTimeOffset? RestrictedSince { get; private set; }
    /// <summary>Set once the identifiers were replaced (a deletion request where the law keeps the records).</summary>
    public DateTimeOffset? PseudonymisedAt { get; private set; }

    public bool IsRestricted => RestrictedSince is not null;

    /// <summary>Writes to a restricted client's records are refused until the restriction is lifted.</summary>
    public void EnsureWritable()
    {
        if (IsRestricted) throw new DomainRuleException("client-restricted");
    }

    public void Restrict(DateTimeOffset at)
    {
        if (IsRestricted) throw new DomainRuleException("client-already-restricted");
        RestrictedSince = at;
    }

    public void LiftRestriction()
    {
        if (!IsRestricted) throw new DomainRuleException("client-not-restricted");
        RestrictedSince = null;
    }

    /// <summary>
    /// Replaces every identifier with <paramref name="label"/> and clears the rest; the search keys follow the
    /// new name (Rename), so the person cannot be found by the old one. Needs <see cref="NameKeys"/> loaded.
    /// </summary>
    public void Pseudonymise(string label, DateTimeOffset at)
    {
        if (PseudonymisedAt is not null) throw new DomainRuleException("client-already-pseudonymised");
        Rename(label);
        DateOfBirth = null;
        NationalId = null;
        InsuranceNumber = null;
        PatientId = null;
        Phone = null;
        CommuneCode = null;
        CommuneWard = null;
        AddressDetail = null;
        GuardianContact = null;
        HouseholdSituation = null;
        PseudonymisedAt = at;
    }

    /// <summary>
    /// Names the client; the search keys follow the name (the one place they are made). Renaming a stored
    /// client needs its <see cref="NameKeys"/> loaded: only the keys that differ are removed and added.
    /// </summary>
    public void Rename(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        FullName = fullName.Trim();
        SearchName = VietnameseText.Fold(fullName);
        var keys = ClientSearchKeys.LaterParts(SearchName);
        _nameKeys.RemoveAll(k => !keys.Contains(k.Key));
        foreach (var key in keys.Where(key => _nameKeys.TrueForAll(k => k.Key != key))) _nameKeys.Add(new ClientNameKey(key) { ClientId = Id });
    }

    public bool IsChild(DateOnly today) => BirthYear is { } year && today.Year - year < 16;
}

public enum Sex
{
    Unknown = 0,
    Male = 1,
    Female = 2,
}

/// <summary>Vulnerability categories, several at once (stored as flags).</summary>
[Flags]
public enum Vulnerability
{
    None = 0,
    ChildOrphaned = 1 << 0,
    ChildAbandoned = 1 << 1,
    ChildWithHiv = 1 << 2,
    ChildAgentOrangeVictim = 1 << 3,
    ChildSeverelyDisabled = 1 << 4,
    ChildDisasterAffected = 1 << 5,
    Disability = 1 << 6,
    Elderly = 1 << 7,
    ViolenceAbuseTraffickingVictim = 1 << 8,
    MentalDisorder = 1 << 9,
    SeriousIllness = 1 << 10,
    Hardship = 1 << 11,
    UnidentifiedOrWithoutRelatives = 1 << 12,
}

public static class Vulnerabilities
{
    /// <summary>Children in special circumstances (Law on Children 2016, art. 10): the ward plan's 100% target.</summary>
    public const Vulnerability ChildInSpecialCircumstances =
        Vulnerability.ChildOrphaned | Vulnerability.ChildAbandoned | Vulnerability.ChildWithHiv | Vulnerability.ChildAgentOrangeVictim
        | Vulnerability.ChildSeverelyDisabled | Vulnerability.ChildDisasterAffected;

    private static readonly Vulnerability[] Each = Enum.GetValues<Vulnerability>().Where(v => v != Vulnerability.None).ToArray();

    public static IReadOnlyList<Vulnerability> All { get; } = Each;

    /// <summary>The flags set, in declaration order; every listed client asks, so one array and no enumerator or boxing.</summary>
    public static Vulnerability[] Split(Vulnerability flags)
    {
        if (flags == Vulnerability.None) return [];
        var count = 0;
        foreach (var v in Each) if ((flags & v) == v) count++;
        var set = new Vulnerability[count];
        count = 0;
        foreach (var v in Each) if ((flags & v) == v) set[count++] = v;
        return set;
    }

    public static Vulnerability Combine(IEnumerable<Vulnerability>? values) =>
        (values ?? []).Aggregate(Vulnerability.None, (acc, v) => acc | v);
}

public static class ClientSearchKeys
{
    /// <summary>"nguyen thi thu ha" → "thi thu ha", "thu ha", "ha": the folded name from each part after the first (the full name is <see cref="Client.SearchName"/>).</summary>
    public static IReadOnlyList<string> LaterParts(string folded)
    {
        var keys = new List<string>();
        for (var space = folded.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = folded.IndexOf(' ', space + 1))
        {
            var key = folded[(space + 1)..];
            if (key.Length > 0 && !keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }
}

/// <summary>One search key of a client: its folded name from a later name part on (see <see cref="Client.NameKeys"/>).</summary>
public class ClientNameKey : ITenantOwned
{
    public ClientNameKey(string key) => Key = key;

    public Guid FacilityId { get; set; }
    public Guid ClientId { get; set; }
    public string Key { get; private set; }
}

/// <summary>Identifiers shown in lists: only the last digits (CCCD 0380****1234, phone ******5678).</summary>
public static class Masking
{
    public static string? Mask(string? value, int visibleTail = 4)
    {
        if (string.IsNullOrEmpty(value)) return value;
        if (value.Length <= visibleTail) return new string('*', value.Length);
        return new string('*', value.Length - visibleTail) + value[^visibleTail..];
    }
}
