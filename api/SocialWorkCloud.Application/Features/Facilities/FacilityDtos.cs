using SocialWorkCloud.Domain.Facilities;

namespace SocialWorkCloud.Application.Features.Facilities;

public sealed record FacilitySummary(
    Guid Id, Guid ProvinceId, string Code, string Name, FacilityType Type, FacilityGroup Group, Ownership Ownership,
    string? CommuneWard, int MedicalStaffCount, UnitStatus UnitStatus, DateOnly? UnitStatusSince, HospitalLevel? HospitalLevel = null);

public sealed record UnitStatusEntry(
    Guid Id, UnitStatus Status, DateOnly EffectiveDate, string? DecisionNumber, string? HeadName, int Headcount,
    string? Note, Guid? CorrectsId, string? CorrectionReason, bool IsRetraction, bool IsInForce,
    DateTimeOffset RecordedAt, Guid? RecordedBy, string? RecordedByName);

public sealed record FacilityProfile(
    Guid Id, Guid ProvinceId, string ProvinceName, string Code, string Name, FacilityType Type, FacilityGroup Group,
    Ownership Ownership, string? CommuneWard, string? AddressDetail, string? Phone, int MedicalStaffCount,
    DateOnly? EstablishedOn, DateOnly? ClosedOn, Guid Version,
    UnitStatus CurrentUnitStatus, IReadOnlyList<UnitStatusEntry> UnitHistory, string? CommuneCode = null, string? ProvincePlaceCode = null, HospitalLevel? HospitalLevel = null);
