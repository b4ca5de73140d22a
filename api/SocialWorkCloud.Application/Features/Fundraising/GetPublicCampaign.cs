using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

public sealed record PublicReceipt(
    string? ReceiptCode, DateOnly Date, EntryKind Kind, string Donor, long Amount, string? Item, int? Quantity, string? Unit, bool IsReversal, bool IsReversed);

public sealed record PublicDistribution(
    DateOnly Date, EntryKind Kind, RecipientKind? RecipientKind, string Beneficiary, long Amount, string? Item, int? Quantity, string? Unit,
    bool IsReversal, bool IsReversed);

public sealed record PublicCampaign(
    Guid Id, string FacilityName, FundKind Kind, string Title, string Purpose, string? Scope, string? Beneficiaries, DateOnly StartDate,
    DateOnly? EndDate, DateOnly? DistributionDate, long? TargetAmount, CampaignStatus Status, DateTimeOffset PublishedAt, FundTotals Totals,
    IReadOnlyList<PublicReceipt> Receipts, IReadOnlyList<PublicDistribution> Distributions,
    long? TargetMaximum = null, string? BankAccount = null, string? GoodsReceptionPlace = null, TransferAccountDto? Transfer = null);

/// <summary>
/// The public disclosure page (công khai) of a published campaign, without login, live from the ledger:
/// totals, donors (or "Ẩn danh"), distributions with beneficiaries de-identified (initials, year of
/// birth, commune). Every entry is shown, reversals included. Unpublished campaigns do not exist here.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetPublicCampaign(Guid CampaignId) : IQuery<PublicCampaign>;

public sealed class GetPublicCampaignHandler(AppDbContext db) : IQueryHandler<GetPublicCampaign, PublicCampaign>
{
    public const string Anonymous = "Ẩn danh";

    public async ValueTask<PublicCampaign> Handle(GetPublicCampaign query, CancellationToken cancellationToken)
    {
        // The public reads one published campaign of any facility: only the tenant filter is lifted, only for it.
        var campaign = await db.Campaigns.IgnoreQueryFilters([AppDbContext.TenantFilter]).AsNoTracking()
            .Where(c => c.Id == query.CampaignId && c.PublishedAt != null)
            .Select(c => new { Campaign = c, FacilityName = db.Facilities.Where(f => f.Id == c.FacilityId).Select(f => f.Name).First() })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Campaign", query.CampaignId);
        var c = campaign.Campaign;
        var entries = db.OfFacility<LedgerEntry>(c.FacilityId).Where(e => e.CampaignId == c.Id);
        var rows = await entries
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Kind, e.EntryDate, e.ReceiptYear, e.ReceiptNumber, e.Amount, e.Item, e.Quantity, e.Unit, e.RecipientKind, e.RecipientName,
                e.RecipientBirthYear, e.RecipientCommune, e.DepartmentName, e.GroupCount, IsReversal = e.ReversesId != null,
                IsReversed = entries.Any(r => r.ReversesId == e.Id),
                // A recipient of a sensitive case, or a client who has one, is never described in public, not even by initials.
                Confidential = db.OfFacility<Case>(c.FacilityId).Any(k => k.IsSensitive && (k.Id == e.CaseId || k.ClientId == e.ClientId))
                    || entries.Any(o => o.Id == e.ReversesId && db.OfFacility<Case>(c.FacilityId).Any(k => k.IsSensitive && (k.Id == o.CaseId || k.ClientId == o.ClientId))),
                Donor = db.OfFacility<Donor>(c.FacilityId).Where(d => d.Id == e.DonorId).Select(d => new { d.Name, d.IsAnonymousInPublic }).FirstOrDefault(),
                Original = entries.Where(o => o.Id == e.ReversesId)
                    .Select(o => new { o.RecipientName, o.RecipientBirthYear, o.RecipientCommune, o.DepartmentName, o.GroupCount }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var balance = await db.OfFacility<FundBalance>(c.FacilityId).SingleAsync(b => b.CampaignId == c.Id, cancellationToken);

        var receipts = rows.Where(r => r.Kind is EntryKind.CashReceipt or EntryKind.GoodsReceipt)
            .Select(r => new PublicReceipt(ReceiptCodes.Format(r.ReceiptYear, r.ReceiptNumber), r.EntryDate, r.Kind,
                r.Donor is null || r.Donor.IsAnonymousInPublic ? Anonymous : r.Donor.Name, r.Amount, r.Item, r.Quantity, r.Unit, r.IsReversal, r.IsReversed))
            .ToList();
        var distributions = rows.Where(r => r.Kind is EntryKind.CashDistribution or EntryKind.GoodsDistribution)
            .Select(r =>
            {
                // A reversal carries no recipient of its own: describe the one of the entry it reverses.
                var who = r.Confidential ? TextCatalog.Get("public.confidential-recipient")
                    : r.Original is { } o
                    ? Beneficiary.Describe(r.RecipientKind, o.RecipientName, o.RecipientBirthYear, o.RecipientCommune, o.DepartmentName, o.GroupCount)
                    : Beneficiary.Describe(r.RecipientKind, r.RecipientName, r.RecipientBirthYear, r.RecipientCommune, r.DepartmentName, r.GroupCount);
                return new PublicDistribution(r.EntryDate, r.Kind, r.RecipientKind, who, r.Amount, r.Item, r.Quantity, r.Unit, r.IsReversal, r.IsReversed);
            })
            .ToList();
        return new PublicCampaign(c.Id, campaign.FacilityName, c.Kind, c.Title, c.Purpose, c.Scope, c.Beneficiaries, c.StartDate, c.EndDate,
            c.DistributionDate, c.TargetAmount, c.Status, c.PublishedAt!.Value, FundTotals.Of(balance), receipts, distributions,
            c.TargetMaximum, c.BankAccount, c.GoodsReceptionPlace, CampaignMapping.TransferOf(c));
    }
}

/// <summary>How a beneficiary appears in public: never a full name, an ID or a diagnosis.</summary>
public static class Beneficiary
{
    /// <summary>"Nguyễn Văn An", 1958, "Đông Hương" → "N.V.A. (1958, Đông Hương)".</summary>
    public static string Describe(RecipientKind? kind, string? name, int? birthYear, string? commune, string? department, int? groupCount) => kind switch
    {
        RecipientKind.Client => string.Join(" ", new[]
        {
            Initials(name),
            birthYear is null && string.IsNullOrWhiteSpace(commune) ? null : $"({string.Join(", ", new[] { birthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), commune }.Where(s => !string.IsNullOrWhiteSpace(s)))})",
        }.Where(s => !string.IsNullOrEmpty(s))),
        RecipientKind.Department => department ?? string.Empty,
        RecipientKind.GroupActivity => TextCatalog.Get("public.group-recipients", groupCount),
        _ => string.Empty,
    };

    public static string Initials(string? name) =>
        string.Concat((name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + "."));
}
