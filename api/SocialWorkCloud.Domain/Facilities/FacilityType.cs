namespace SocialWorkCloud.Domain.Facilities;

public enum FacilityType
{
    PublicHospital = 1,
    PrivateHospital = 2,
    ProvincialCdc = 3,
    DistrictHealthCentre = 4,
    CommuneHealthStation = 5,
}

/// <summary>How the Health Department reports a facility: curative, preventive, or commune/ward station.</summary>
public enum FacilityGroup
{
    Curative = 1,
    Preventive = 2,
    CommuneStation = 3,
}

public enum Ownership
{
    Public = 1,
    Private = 2,
}

/// <summary>
/// A hospital's level (tuyến), as the MoH counts hospitals: "100 % of provincial and district hospitals have a
/// social-work unit" (national conference, 004). Since the 2025 reform a former district hospital is a regional one.
/// </summary>
public enum HospitalLevel
{
    /// <summary>Bệnh viện tuyến trung ương.</summary>
    Central = 1,
    /// <summary>Bệnh viện tuyến tỉnh.</summary>
    Provincial = 2,
    /// <summary>Bệnh viện tuyến huyện/khu vực.</summary>
    District = 3,
    /// <summary>Bệnh viện tư nhân (ngoài công lập).</summary>
    Private = 4,
}

public static class FacilityTypeExtensions
{
    public static bool IsHospital(this FacilityType type) => type is FacilityType.PublicHospital or FacilityType.PrivateHospital;

    /// <summary>The hospitals the "100 % of provincial and district hospitals" target counts.</summary>
    public static bool IsProvincialOrDistrict(this HospitalLevel? level) => level is HospitalLevel.Provincial or HospitalLevel.District;

    public static FacilityGroup Group(this FacilityType type) => type switch
    {
        FacilityType.PublicHospital or FacilityType.PrivateHospital => FacilityGroup.Curative,
        FacilityType.ProvincialCdc or FacilityType.DistrictHealthCentre => FacilityGroup.Preventive,
        FacilityType.CommuneHealthStation => FacilityGroup.CommuneStation,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown facility type."),
    };

    public static IReadOnlyList<FacilityType> TypesOf(FacilityGroup group) =>
        Enum.GetValues<FacilityType>().Where(t => t.Group() == group).ToArray();
}
