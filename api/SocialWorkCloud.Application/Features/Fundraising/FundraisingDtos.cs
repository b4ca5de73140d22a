using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record FundTotals(long CashReceived, long CashDistributed, long CashBalance, long GoodsValueReceived, long GoodsValueDistributed, long GoodsValueInStock)
{
    public static FundTotals Of(FundBalance b) => Of(b.CashReceived, b.CashDistributed, b.GoodsValueReceived, b.GoodsValueDistributed);

    public static FundTotals Of(long cashIn, long cashOut, long goodsIn, long goodsOut) =>
        new(cashIn, cashOut, cashIn - cashOut, goodsIn, goodsOut, goodsIn - goodsOut);
}

public sealed record CampaignSummary(
    Guid Id, FundKind Kind, string Title, CampaignStatus Status, DateOnly StartDate, DateOnly? EndDate, long? TargetAmount,
    bool IsPublished, FundTotals Totals, long? TargetMaximum = null);

public sealed record StockLine(
    Guid LotId, string Item, string Unit, int QuantityReceived, int QuantityIssued, int QuantityInStock, long EstimatedValue,
    DateOnly ReceivedOn, string? DonorName);

public sealed record CampaignDetail(
    Guid Id, FundKind Kind, string Title, string Purpose, string? Scope, string? Beneficiaries, string? BankAccount,
    string? GoodsReceptionPlace, DateOnly StartDate, DateOnly? EndDate, DateOnly? DistributionDate, long? TargetAmount,
    CampaignStatus Status, DateTimeOffset? PublishedAt, Guid Version, FundTotals Totals,
    IReadOnlyList<StockLine> Stock, int AwaitingApproval, long? TargetMaximum = null, TransferAccountDto? Transfer = null);

/// <summary>
/// A campaign's structured transfer account. <c>QrPayload</c> is the VietQR (NAPAS/EMVCo) text to render as a
/// QR code; clients render it as it is rather than encoding their own.
/// </summary>
public sealed record TransferAccountDto(string BankBin, string BankShortName, string BankName, string AccountNumber, string? AccountHolder, string QrPayload);

public sealed record AcknowledgementDto(string ReceivedBy, DateOnly ReceivedOn, string? Note, bool HasScan, string? ScanFileName);

/// <summary>One ledger line. <c>CashBalanceAfter</c> is the running cash balance in a statement.</summary>
public sealed record LedgerEntryDto(
    Guid Id, Guid CampaignId, EntryKind Kind, DateOnly EntryDate, string? ReceiptCode, long Amount, PaymentMethod? Method,
    string? Reference, Guid? DonorId, string? DonorName, Guid? StockLotId, string? Item, string? Unit, int? Quantity,
    RecipientKind? RecipientKind, string? RecipientName, int? RecipientBirthYear, string? RecipientCommune, Guid? ClientId,
    Guid? CaseId, string? DepartmentName, int? GroupCount, string? GroupList, string? Description, bool NeedsApproval,
    DateTimeOffset? ApprovedAt, AcknowledgementDto? Acknowledgement, Guid? ReversesId, string? ReversalReason, Guid? ReversedById,
    DateTimeOffset RecordedAt, Guid? RecordedBy, string? RecordedByName, string? RecordedFromIp, long? CashBalanceAfter);

/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record CampaignStatement(Guid CampaignId, string Title, FundTotals Totals, IReadOnlyList<LedgerEntryDto> Entries, string? NextCursor);

public sealed record DonorSummary(
    Guid Id, DonorKind Kind, string Name, string? Phone, string? Email, string? Address, bool IsAnonymousInPublic, string? Note,
    long CashGiven, long GoodsValueGiven, int Gifts, Guid Version, string? CommuneCode = null);

public sealed record DonorDetail(DonorSummary Donor, IReadOnlyList<LedgerEntryDto> History);

public static class ReceiptCodes
{
    /// <summary>"00012/2026": the facility's 12th receipt of 2026.</summary>
    public static string? Format(int? year, int? number) => year is { } y && number is { } n ? $"{n:D5}/{y}" : null;
}
