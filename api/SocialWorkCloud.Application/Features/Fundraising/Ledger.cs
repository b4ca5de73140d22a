using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.UnitHistory;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>
/// The ledger's write rules, shared by the receipt, distribution and reversal commands. Every balance
/// change is one conditional UPDATE inside the command's transaction: on PostgreSQL the row lock
/// serialises concurrent writers and the condition is re-checked on the locked row; SQLite serialises
/// write transactions (BEGIN IMMEDIATE). A refused condition throws, rolling the whole command back.
/// </summary>
internal static class Ledger
{
    private const string CounterSavepoint = "receipt_counter";

    public static async Task<Campaign> FindCampaignAsync(AppDbContext db, Guid campaignId, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, ct)
        ?? throw new NotFoundException("Campaign", campaignId);

    /// <summary>The next receipt number of the facility's year; the counter row stays locked until the transaction ends, so numbers have no gaps and no reuse.</summary>
    public static async Task<int> NextReceiptNumberAsync(AppDbContext db, Guid facilityId, int year, CancellationToken ct)
    {
        if (await BumpAsync() == 0)
        {
            var counter = new ReceiptCounter { FacilityId = facilityId, Year = year, LastNumber = 1 };
            db.ReceiptCounters.Add(counter);
            // The insert may lose a race, and the command's transaction must survive that (PostgreSQL aborts a transaction at its
            // first error): a savepoint of its own, since EF's automatic ones are off (AppDbContext).
            var transaction = db.Database.CurrentTransaction;
            if (transaction is not null) await transaction.CreateSavepointAsync(CounterSavepoint, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                db.Entry(counter).State = EntityState.Detached;
                return 1;
            }
            catch (DbUpdateException)
            {
                // Someone created the year's counter at the same moment: back to before the insert, then take the next number of theirs.
                if (transaction is not null) await transaction.RollbackToSavepointAsync(CounterSavepoint, ct);
                db.Entry(counter).State = EntityState.Detached;
                if (await BumpAsync() == 0) throw;
            }
        }
        return await db.ReceiptCounters.AsNoTracking().Where(c => c.FacilityId == facilityId && c.Year == year).Select(c => c.LastNumber).SingleAsync(ct);

        Task<int> BumpAsync() => db.ReceiptCounters.Where(c => c.FacilityId == facilityId && c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), ct);
    }

    public static Task AddCashReceivedAsync(AppDbContext db, Guid campaignId, long amount, CancellationToken ct) =>
        db.FundBalances.Where(b => b.CampaignId == campaignId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.CashReceived, b => b.CashReceived + amount), ct);

    public static Task AddGoodsReceivedAsync(AppDbContext db, Guid campaignId, long value, CancellationToken ct) =>
        db.FundBalances.Where(b => b.CampaignId == campaignId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.GoodsValueReceived, b => b.GoodsValueReceived + value), ct);

    /// <summary>Cash out never exceeds cash in: the update happens only while the balance covers it.</summary>
    public static async Task TakeCashAsync(AppDbContext db, Guid campaignId, long amount, CancellationToken ct)
    {
        var taken = await db.FundBalances.Where(b => b.CampaignId == campaignId && b.CashReceived - b.CashDistributed >= amount)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.CashDistributed, b => b.CashDistributed + amount), ct);
        if (taken == 0)
        {
            throw new BusinessRuleException("overdrawn");
        }
    }

    /// <summary>Goods out never exceed the lot's stock.</summary>
    public static async Task TakeGoodsAsync(AppDbContext db, Guid campaignId, Guid lotId, int quantity, long value, CancellationToken ct)
    {
        var taken = await db.StockLots.Where(l => l.Id == lotId && l.CampaignId == campaignId && l.QuantityReceived - l.QuantityIssued >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.QuantityIssued, l => l.QuantityIssued + quantity), ct);
        if (taken == 0)
        {
            throw new BusinessRuleException("out-of-stock");
        }
        await db.FundBalances.Where(b => b.CampaignId == campaignId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.GoodsValueDistributed, b => b.GoodsValueDistributed + value), ct);
    }

    /// <summary>The value of part of a lot, pro rata to its original quantity (whole VND, rounded down).</summary>
    public static long ValueOf(StockLot lot, int quantity) => MoneyRules.ProRata(lot.EstimatedValue, quantity, lot.OriginalQuantity);

    public static async Task<LedgerEntryDto> ToDtoAsync(AppDbContext db, ICurrentUser user, TimeProvider clock, LedgerEntry entry, CancellationToken ct) =>
        (await EntryViews.LoadAsync(db, user, clock, db.LedgerEntries.AsNoTracking().Where(e => e.Id == entry.Id), ct)).Single();
}

internal static class EntryViews
{
    /// <summary>
    /// Ledger entries with donor names, approvals, acknowledgements, reversals and recorder names, in recording order.
    /// A distribution through a sensitive case (or to a client confidential to the caller) names its recipient only to
    /// those who may see the case, each read audited; everyone else reads "a confidential case" with the amount intact.
    /// Recording order is the time, then the place in the facility's ledger chain (unique, breaks ties of time).
    /// </summary>
    public static async Task<List<LedgerEntryDto>> LoadAsync(AppDbContext db, ICurrentUser user, TimeProvider clock, IQueryable<LedgerEntry> entries,
        CancellationToken ct)
    {
        // The acknowledgement (one per entry) and the reversed original are LEFT JOINs on their unique keys: a
        // FirstOrDefault of a projection becomes a ROW_NUMBER() over the whole table, which SQLite scans per row.
        var rows = await (
                from e in entries
                join a in db.DistributionAcknowledgements on e.Id equals a.EntryId into acks
                from a in acks.DefaultIfEmpty()
                join o in db.LedgerEntries on e.ReversesId equals (Guid?)o.Id into originals
                from o in originals.DefaultIfEmpty()
                orderby e.RecordedAt, e.ChainPosition
                select new
                {
                    Entry = e,
                    DonorName = db.Donors.Where(d => d.Id == e.DonorId).Select(d => d.Name).FirstOrDefault(),
                    ApprovedAt = db.DistributionApprovals.Where(x => x.EntryId == e.Id).Select(x => (DateTimeOffset?)x.ApprovedAt).FirstOrDefault(),
                    Ack = a == null ? null : new { a.ReceivedBy, a.ReceivedOn, a.Note, HasScan = a.ScanFileName != null, a.ScanFileName },
                    ReversedById = db.LedgerEntries.Where(r => r.ReversesId == e.Id).Select(r => (Guid?)r.Id).FirstOrDefault(),
                    // A reversal carries no recipient of its own, but its reason may name the original's: it is masked as the original is.
                    Original = o == null ? null : new { o.CaseId, o.ClientId },
                })
            .ToListAsync(ct);
        var names = await db.RecorderNamesAsync(rows.Select(r => r.Entry.RecordedBy), ct);
        var people = rows.Select(r => new
        {
            Row = r,
            CaseId = r.Entry.CaseId ?? r.Original?.CaseId,
            ClientId = r.Entry.CaseId is null && r.Original?.CaseId is null ? r.Entry.ClientId ?? r.Original?.ClientId : null,
        }).ToList();
        var caseIds = people.Where(p => p.CaseId is not null).Select(p => p.CaseId!.Value).Distinct().ToList();
        var hiddenCases = await db.HiddenSensitiveCasesAsync(user, caseIds, ct);
        var hiddenClients = await db.ConfidentialClientsAsync(user, people.Where(p => p.ClientId is not null).Select(p => p.ClientId!.Value), ct);
        await db.AuditSensitiveReadsAsync(user, clock, "ledger.read", caseIds.Where(id => !hiddenCases.Contains(id)), ct);
        return people.Select(p =>
        {
            var r = p.Row;
            var dto = ToDto(r.Entry, r.DonorName, r.ApprovedAt, r.Ack is null ? null : new AcknowledgementDto(r.Ack.ReceivedBy, r.Ack.ReceivedOn, r.Ack.Note, r.Ack.HasScan, r.Ack.ScanFileName),
                r.ReversedById, names);
            return p.CaseId is { } caseId && hiddenCases.Contains(caseId) || p.ClientId is { } clientId && hiddenClients.Contains(clientId)
                ? Masked(dto)
                : dto;
        }).ToList();
    }

    /// <summary>What a reader who may not see the case gets: the line and its amount, nothing that points to the person.</summary>
    private static LedgerEntryDto Masked(LedgerEntryDto e) => e with
    {
        RecipientName = TextCatalog.Get("ledger.confidential-recipient"), RecipientBirthYear = null, RecipientCommune = null,
        ClientId = null, CaseId = null, Description = null,
        ReversalReason = e.ReversalReason is null ? null : TextCatalog.Get("ledger.confidential-reason"),
        Acknowledgement = e.Acknowledgement is null ? null
            : new AcknowledgementDto(TextCatalog.Get("ledger.confidential-recipient"), e.Acknowledgement.ReceivedOn, null, false, null),
    };

    private static LedgerEntryDto ToDto(LedgerEntry e, string? donorName, DateTimeOffset? approvedAt, AcknowledgementDto? ack, Guid? reversedById,
        IReadOnlyDictionary<Guid, string> names) =>
            new(
                e.Id, e.CampaignId, e.Kind, e.EntryDate, ReceiptCodes.Format(e.ReceiptYear, e.ReceiptNumber), e.Amount, e.Method, e.Reference,
                e.DonorId, donorName, e.StockLotId, e.Item, e.Unit, e.Quantity, e.RecipientKind, e.RecipientName, e.RecipientBirthYear,
                e.RecipientCommune, e.ClientId, e.CaseId, e.DepartmentName, e.GroupCount, e.GroupList, e.Description, e.NeedsApproval,
                approvedAt, ack, e.ReversesId, e.ReversalReason, reversedById, e.RecordedAt, e.RecordedBy,
                e.RecordedBy is { } by ? names.GetValueOrDefault(by) : null, e.RecordedFromIp, null);
}

internal static class LedgerDates
{
    /// <summary>Ledger dates: from 01/01/2000 to today; nothing is recorded ahead of time.</summary>
    public static IRuleBuilderOptions<T, DateOnly> MustBeALedgerDate<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock) =>
        rule.Must(d => d >= new DateOnly(2000, 1, 1) && d <= VietnamClock.Today(clock))
            .WithText("ledger-date-range");
}
