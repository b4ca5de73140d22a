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

/// <summary>
/// What a campaign says about itself: set when it is created and edited until it is settled. The target is a
/// range: <paramref name="TargetAmount"/> is its minimum (the figure progress is judged against),
/// <paramref name="TargetMaximum"/> its optional top ("100–150 triệu đồng").
/// </summary>
public sealed record CampaignDescription(
    string Title, string Purpose, string? Scope, string? Beneficiaries, string? BankAccount, string? GoodsReceptionPlace,
    DateOnly StartDate, DateOnly? EndDate, DateOnly? DistributionDate, long? TargetAmount,
    long? TargetMaximum = null, TransferAccount? Transfer = null);

/// <summary>
/// The bank account donors transfer to, structured so a VietQR code can be built: the bank's NAPAS BIN
/// (six digits), the account number and the holder's name as the bank knows it.
/// </summary>
public sealed record TransferAccount(string BankBin, string AccountNumber, string? AccountHolder);

/// <summary>
/// A fundraising campaign (or the general fund) of one facility, accounted separately (Decree 93/2021).
/// Its life cycle: draft → open → closed → settled, one step at a time and never back; the general fund is
/// open from the start and stays open. Publishing its page is possible once it is open and cannot be undone.
/// </summary>
public class Campaign : ITenantOwned, IVersioned
{
    private Campaign()
    {
    }

    public Guid Id { get; private set; }
    public Guid FacilityId { get; set; }
    public FundKind Kind { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string Purpose { get; private set; } = string.Empty;
    public string? Scope { get; private set; }
    public string? Beneficiaries { get; private set; }
    /// <summary>The free-text account of campaigns written before the structured one (issue 18); still shown.</summary>
    public string? BankAccount { get; private set; }
    public string? BankBin { get; private set; }
    public string? BankAccountNumber { get; private set; }
    public string? BankAccountHolder { get; private set; }
    public string? GoodsReceptionPlace { get; private set; }
    public DateOnly StartDate { get; private set; }
    /// <summary>Receiving stops after this date; null for the general fund.</summary>
    public DateOnly? EndDate { get; private set; }
    public DateOnly? DistributionDate { get; private set; }
    /// <summary>The target's minimum: progress is judged against it.</summary>
    public long? TargetAmount { get; private set; }
    /// <summary>The target's optional top, never below the minimum.</summary>
    public long? TargetMaximum { get; private set; }
    public CampaignStatus Status { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public Guid Version { get; set; }

    /// <summary>A new campaign in draft, or the general fund (open at once, no end date).</summary>
    public static Campaign Create(Guid id, FundKind kind, CampaignDescription description, DateTimeOffset createdAt, Guid? createdBy)
    {
        if (kind == FundKind.Campaign && description.EndDate is null) throw new DomainRuleException("end-date-required");
        var campaign = new Campaign
        {
            Id = id,
            Kind = kind,
            Status = kind == FundKind.GeneralFund ? CampaignStatus.Open : CampaignStatus.Draft,
            CreatedAt = createdAt,
            CreatedBy = createdBy,
        };
        campaign.Apply(description);
        return campaign;
    }

    /// <summary>
    /// Edits the description while the campaign is not settled. The receipts already recorded (their first
    /// and last dates, null when none) must stay inside the new dates.
    /// </summary>
    public void Describe(CampaignDescription description, DateOnly? firstReceipt = null, DateOnly? lastReceipt = null)
    {
        if (Status == CampaignStatus.Settled) throw new DomainRuleException("campaign-settled");
        if (Kind == FundKind.Campaign && description.EndDate is null) throw new DomainRuleException("end-date-required");
        if ((firstReceipt is { } first && first < description.StartDate) || (lastReceipt is { } last && description.EndDate is { } end && last > end))
            throw new DomainRuleException("receipts-outside-dates");
        Apply(description);
    }

    /// <summary>
    /// Moves the campaign one step forward (draft → open → closed → settled). Settling needs every
    /// distribution above the threshold approved (or reversed): <paramref name="distributionsAwaitingApproval"/>.
    /// </summary>
    public void MoveTo(CampaignStatus status, bool distributionsAwaitingApproval = false)
    {
        if ((int)status != (int)Status + 1) throw new DomainRuleException("status-order");
        if (Kind == FundKind.GeneralFund) throw new DomainRuleException("general-fund-standing");
        if (status == CampaignStatus.Settled && distributionsAwaitingApproval) throw new DomainRuleException("approvals-pending");
        Status = status;
    }

    /// <summary>Publishes the public page once (later calls keep the first date); a draft is not published.</summary>
    public void Publish(DateTimeOffset at)
    {
        if (Status == CampaignStatus.Draft) throw new DomainRuleException("campaign-draft");
        PublishedAt ??= at;
    }

    public bool AcceptsReceiptOn(DateOnly date) => date >= StartDate && (EndDate is null || date <= EndDate);

    /// <summary>A receipt is recorded only while the campaign is open and dated between its start and end.</summary>
    public void EnsureCanReceiveOn(DateOnly date)
    {
        if (Status != CampaignStatus.Open) throw new DomainRuleException("campaign-not-open");
        if (EndDate is { } end && date > end) throw new DomainRuleException("after-end-date", end, date);
        if (date < StartDate) throw new DomainRuleException("before-start-date", StartDate, date);
    }

    /// <summary>Money and goods leave while the campaign is open or closed (not yet settled), dated no earlier than its start.</summary>
    public void EnsureCanDistributeOn(DateOnly date)
    {
        if (Status is not (CampaignStatus.Open or CampaignStatus.Closed)) throw new DomainRuleException("campaign-not-distributing");
        if (date < StartDate) throw new DomainRuleException("before-start-date", StartDate, date);
    }

    /// <summary>A settled campaign's ledger is final: no more reversals.</summary>
    public void EnsureCanReverse()
    {
        if (Status == CampaignStatus.Settled) throw new DomainRuleException("campaign-settled");
    }

    private void Apply(CampaignDescription d)
    {
        // A top without a minimum, or below it, is not a range.
        if (d.TargetMaximum is { } top && (d.TargetAmount is not { } bottom || top < bottom)) throw new DomainRuleException("campaign-target-range");
        Title = d.Title.Trim();
        Purpose = d.Purpose.Trim();
        Scope = d.Scope?.Trim();
        Beneficiaries = d.Beneficiaries?.Trim();
        BankAccount = d.BankAccount?.Trim();
        GoodsReceptionPlace = d.GoodsReceptionPlace?.Trim();
        StartDate = d.StartDate;
        EndDate = Kind == FundKind.GeneralFund ? null : d.EndDate;
        DistributionDate = d.DistributionDate;
        TargetAmount = d.TargetAmount;
        TargetMaximum = d.TargetMaximum;
        BankBin = d.Transfer?.BankBin;
        BankAccountNumber = d.Transfer?.AccountNumber.Replace(" ", string.Empty, StringComparison.Ordinal);
        BankAccountHolder = string.IsNullOrWhiteSpace(d.Transfer?.AccountHolder) ? null : d.Transfer.AccountHolder.Trim();
    }
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
    /// <summary>The name's key in Vietnamese order (<see cref="Text.VietnameseCollation.SortKey"/>), stored so lists page in that order in SQL; it follows the name, so the value read back is ignored.</summary>
    public string SortName { get => Text.VietnameseCollation.SortKey(Name); private set { } }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>The commune (statistics office code, 2025 reform), when known; Address is the street and house number.</summary>
    public string? CommuneCode { get; set; }
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
public class LedgerEntry : ITenantOwned, IHashChained
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
    /// <summary>The entry's place in the facility's ledger chain (set when saved).</summary>
    public long ChainPosition { get; set; }
    public string PreviousHash { get; set; } = string.Empty;
    public string Hash { get; set; } = string.Empty;

    public bool IsReceipt => Kind is EntryKind.CashReceipt or EntryKind.GoodsReceipt;
    public bool IsReversal => ReversesId is not null;

    /// <summary>
    /// The correction of this entry: a new entry of the same kind and amount pointing at it, with the reason
    /// (the original is never edited). A reversal itself is not reversible; a second reversal of the same entry
    /// is refused by the caller (and by the unique index on <see cref="ReversesId"/>).
    /// </summary>
    public LedgerEntry Reverse(string reason, DateOnly on, DateTimeOffset recordedAt, Guid? recordedBy, string? recordedFromIp)
    {
        if (IsReversal) throw new DomainRuleException("reversal-not-reversible");
        return new LedgerEntry
        {
            Id = Guid.NewGuid(), FacilityId = FacilityId, CampaignId = CampaignId, Kind = Kind, EntryDate = on, Amount = Amount, Method = Method,
            DonorId = DonorId, StockLotId = StockLotId, Item = Item, Unit = Unit, Quantity = Quantity, RecipientKind = RecipientKind,
            ReversesId = Id, ReversalReason = reason.Trim(), RecordedAt = recordedAt, RecordedBy = recordedBy, RecordedFromIp = recordedFromIp,
        };
    }
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
