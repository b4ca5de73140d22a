using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Fundraising;

public enum FundKind
{
    Campaign = 1,
    /// <summary>The facility's standing support fund: no end date, the same ledger rules.</summary>
    GeneralFund = 2,
}

public enum CampaignStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
    Settled = 4,
}

/// <summary>A fundraising campaign (or the general fund) of one facility, accounted separately (Decree 93/2021).</summary>
public class Campaign : ITenantOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public FundKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Purpose { get; set; }
    public string? Scope { get; set; }
    public string? Beneficiaries { get; set; }
    public string? BankAccount { get; set; }
    public string? GoodsReceptionPlace { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>Receiving stops after this date; null for the general fund.</summary>
    public DateOnly? EndDate { get; set; }
    public DateOnly? DistributionDate { get; set; }
    public long? TargetAmount { get; set; }
    public CampaignStatus Status { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public Guid Version { get; set; }

    public bool AcceptsReceiptOn(DateOnly date) => date >= StartDate && (EndDate is null || date <= EndDate);
}

/// <summary>
/// The running totals of one campaign, kept in step with the ledger by conditional updates inside the
/// command's transaction (the overdraw guard); always recomputable from the ledger.
/// </summary>
public class FundBalance : ITenantOwned
{
    public Guid CampaignId { get; set; }
    public Guid FacilityId { get; set; }
    public long CashReceived { get; set; }
    public long CashDistributed { get; set; }
    public long GoodsValueReceived { get; set; }
    public long GoodsValueDistributed { get; set; }
}

/// <summary>The goods of one in-kind receipt in the campaign's stock; its id is the receipt's.</summary>
public class StockLot : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CampaignId { get; set; }
    public required string Item { get; set; }
    public required string Unit { get; set; }
    public int QuantityReceived { get; set; }
    public int QuantityIssued { get; set; }
    public long EstimatedValue { get; set; }
    /// <summary>The original quantity, so a partial issue is valued pro rata.</summary>
    public int OriginalQuantity { get; set; }
}

/// <summary>Receipt numbers per facility and year: incremented in the receipt's transaction, so a rollback returns the number.</summary>
public class ReceiptCounter : ITenantOwned
{
    public Guid FacilityId { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}

public enum DonorKind
{
    Individual = 1,
    Organisation = 2,
}

public class Donor : ITenantOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public DonorKind Kind { get; set; }
    public required string Name { get; set; }
    public required string SearchName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    /// <summary>Shown as "Ẩn danh" on public pages.</summary>
    public bool IsAnonymousInPublic { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }
}

public enum EntryKind
{
    CashReceipt = 1,
    GoodsReceipt = 2,
    CashDistribution = 3,
    GoodsDistribution = 4,
}

public enum PaymentMethod
{
    Cash = 1,
    BankTransfer = 2,
}

public enum RecipientKind
{
    Client = 1,
    Department = 2,
    GroupActivity = 3,
}

/// <summary>
/// One line of a campaign's append-only ledger: a receipt or a distribution, or the reversal of one.
/// Never edited or deleted; a reversal points at its original (one reversal per entry) and carries the reason.
/// </summary>
public class LedgerEntry : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid CampaignId { get; set; }
    public EntryKind Kind { get; set; }
    public DateOnly EntryDate { get; set; }
    public int? ReceiptYear { get; set; }
    public int? ReceiptNumber { get; set; }
    /// <summary>Whole VND: the cash amount, or the goods' estimated value.</summary>
    public long Amount { get; set; }
    public PaymentMethod? Method { get; set; }
    public string? Reference { get; set; }
    public Guid? DonorId { get; set; }
    public Guid? StockLotId { get; set; }
    public string? Item { get; set; }
    public string? Unit { get; set; }
    public int? Quantity { get; set; }
    public RecipientKind? RecipientKind { get; set; }
    public string? RecipientName { get; set; }
    public int? RecipientBirthYear { get; set; }
    public string? RecipientCommune { get; set; }
    /// <summary>Client and case of case management, linked after that module lands (no foreign key yet).</summary>
    public Guid? ClientId { get; set; }
    public Guid? CaseId { get; set; }
    public string? DepartmentName { get; set; }
    public int? GroupCount { get; set; }
    public string? GroupList { get; set; }
    public string? Description { get; set; }
    public bool NeedsApproval { get; set; }
    public Guid? ReversesId { get; set; }
    public string? ReversalReason { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
    public string? RecordedFromIp { get; set; }

    public bool IsReceipt => Kind is EntryKind.CashReceipt or EntryKind.GoodsReceipt;
    public bool IsReversal => ReversesId is not null;
}

/// <summary>The unit head's approval of a distribution above the facility's threshold.</summary>
public class DistributionApproval : ITenantOwned, IAppendOnly
{
    public Guid EntryId { get; set; }
    public Guid FacilityId { get; set; }
    public DateTimeOffset ApprovedAt { get; set; }
    public Guid? ApprovedBy { get; set; }
    public string? ApprovedFromIp { get; set; }
}

/// <summary>The beneficiary's acknowledgement of a distribution, with the signed paper when scanned.</summary>
public class DistributionAcknowledgement : ITenantOwned, IAppendOnly
{
    public Guid EntryId { get; set; }
    public Guid FacilityId { get; set; }
    public required string ReceivedBy { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Note { get; set; }
    public string? ScanFileName { get; set; }
    public string? ScanContentType { get; set; }
    public byte[]? Scan { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
    public string? RecordedFromIp { get; set; }
}

/// <summary>What the facility sets: the approval threshold and its yearly fundraising target.</summary>
public class FundraisingSettings : ITenantOwned, IVersioned
{
    public Guid FacilityId { get; set; }
    /// <summary>Distributions above this value need the unit head's approval; null = none do.</summary>
    public long? ApprovalThreshold { get; set; }
    public long? YearlyTarget { get; set; }
    public Guid Version { get; set; }
}
