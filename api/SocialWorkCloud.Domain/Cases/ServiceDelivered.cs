using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Cases;

/// <summary>
/// A service delivered to a client, on a case. Kept a plain record with one factory so that other
/// modules (donations distributed to a client) can record theirs the same way.
/// </summary>
public class ServiceDelivered : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public ServiceType Type { get; set; }
    public DateOnly DeliveredOn { get; set; }
    public required string Provider { get; set; }
    public int Quantity { get; set; }
    /// <summary>Whole VND; 0 for a service without a money value (counselling, a referral).</summary>
    public long ValueVnd { get; set; }
    public string? Note { get; set; }
    /// <summary>Which module recorded it ("case", later "donation") and its record there.</summary>
    public required string Source { get; set; }
    public Guid? SourceRecordId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }

    public static ServiceDelivered Record(
        Case @case, ServiceType type, DateOnly deliveredOn, string provider, int quantity, long valueVnd, string? note,
        string source, Guid? sourceRecordId, DateTimeOffset recordedAt, Guid? recordedBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(valueVnd);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(valueVnd, Vnd.Max);
        return new ServiceDelivered
        {
            Id = Guid.NewGuid(), FacilityId = @case.FacilityId, CaseId = @case.Id, ClientId = @case.ClientId, Type = type,
            DeliveredOn = deliveredOn, Provider = provider.Trim(), Quantity = quantity, ValueVnd = valueVnd, Note = note?.Trim(),
            Source = source, SourceRecordId = sourceRecordId, RecordedAt = recordedAt, RecordedBy = recordedBy,
        };
    }
}

/// <summary>The one taxonomy of services.</summary>
public enum ServiceType
{
    EmergencySupport = 0,
    PsychosocialSupportAndCounselling = 1,
    FinancialSupport = 2,
    Meals = 3,
    Transport = 4,
    AssistiveDevices = 5,
    LegalAid = 6,
    AdministrativeProcedures = 7,
    EducationOrVocationalSupport = 8,
    Referral = 9,
}
