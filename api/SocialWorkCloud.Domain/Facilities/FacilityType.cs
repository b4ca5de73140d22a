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

public static class FacilityTypeExtensions
{
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
