using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Facilities;

/// <summary>One tenant: a hospital, preventive centre or commune/ward health station.</summary>
[GlobalEntity("The registry of tenants itself; read through FacilityAccess scoping (own facility, own province, or platform).")]
public class Facility : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProvinceId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>Name folded to lower case without diacritics, so "Thanh Hoa" finds "Thanh Hóa".</summary>
    public required string SearchName { get; set; }
    /// <summary>The name's key in Vietnamese order (<see cref="Text.VietnameseCollation.SortKey"/>), stored so lists page in that order in SQL; it follows the name, so the value read back is ignored.</summary>
    public string SortName { get => Text.VietnameseCollation.SortKey(Name); private set { } }
    public FacilityType Type { get; set; }
    public Ownership Ownership { get; set; }
    /// <summary>The hospital's level (tuyến); null for a preventive centre or station, or a hospital not yet classified.</summary>
    public HospitalLevel? HospitalLevel { get; set; }
    /// <summary>The commune (statistics office code, 2025 reform); null for facilities registered before the codes.</summary>
    public string? CommuneCode { get; set; }
    /// <summary>The commune's name (copied from the code when one is given) or free text from before the codes.</summary>
    public string? CommuneWard { get; set; }
    public string? AddressDetail { get; set; }
    public string? Phone { get; set; }
    /// <summary>Medical staff headcount: the denominator of the "80% of medical staff trained" target.</summary>
    public int MedicalStaffCount { get; set; }
    /// <summary>When the facility began operating; null means before any date the KPIs look at.</summary>
    public DateOnly? EstablishedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The facility admin requires two-step sign-in (MFA) of every user of the facility.</summary>
    public bool RequireMfa { get; set; }
    public Guid Version { get; set; }

    public FacilityGroup Group => Type.Group();

    /// <summary>Counted in the KPIs of a date: established by then and not yet closed (the engine applies the same rule in SQL).</summary>
    public bool OperatesOn(DateOnly date) =>
        (EstablishedOn is null || EstablishedOn <= date) && (ClosedOn is null || ClosedOn > date);
}
