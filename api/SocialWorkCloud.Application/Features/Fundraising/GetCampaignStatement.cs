using System.Buffers.Text;
using System.Globalization;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>
/// The campaign's ledger read like a bank statement: entries in recording order, reversals next to what they
/// reverse, with the running cash balance; one page at a time (keyset on recorded time and ledger position), the next page named
/// by an opaque cursor.
/// </summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record GetCampaignStatement(Guid CampaignId, string? Cursor = null, int PageSize = GetCampaignStatement.DefaultPageSize) : IQuery<CampaignStatement>
{
    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 1000;
}

public sealed class GetCampaignStatementValidator : AbstractValidator<GetCampaignStatement>
{
    public GetCampaignStatementValidator()
    {
        RuleFor(x => x.PageSize).InclusiveBetween(1, GetCampaignStatement.MaxPageSize);
        RuleFor(x => x.Cursor).MaximumLength(200).Must(c => c is null || StatementCursor.TryParse(c, out _)).WithText("statement-cursor-invalid");
    }
}

/// <summary>
/// Where a statement page ends: the last entry's recorded time and its place in the facility's ledger chain (unique,
/// gapless, breaks ties of time), base64url so clients treat it as opaque.
/// </summary>
internal readonly record struct StatementCursor(DateTimeOffset RecordedAt, long Position)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{RecordedAt.UtcTicks}:{Position}")));

    public static bool TryParse(string text, out StatementCursor cursor)
    {
        cursor = default;
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split(':');
            if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTimeOffset.MaxValue.UtcTicks || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var position)) return false;
            cursor = new StatementCursor(new DateTimeOffset(ticks, TimeSpan.Zero), position);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

public sealed class GetCampaignStatementHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCampaignStatement, CampaignStatement>
{
    public async ValueTask<CampaignStatement> Handle(GetCampaignStatement query, CancellationToken cancellationToken)
    {
        var campaign = await Ledger.FindCampaignAsync(db, query.CampaignId, cancellationToken);
        var balance = await db.FundBalances.AsNoTracking().SingleAsync(b => b.CampaignId == campaign.Id, cancellationToken);
        var entries = db.LedgerEntries.AsNoTracking().Where(e => e.CampaignId == campaign.Id);
        var after = entries;
        long running = 0;
        if (query.Cursor is not null && StatementCursor.TryParse(query.Cursor, out var cursor))
        {
            // Written as a range on the recorded time plus the tie-break, so the (campaign, time) index seeks to the cursor.
            after = entries.Where(e => e.RecordedAt >= cursor.RecordedAt && (e.RecordedAt > cursor.RecordedAt || e.ChainPosition > cursor.Position));
            // The balance carried into the page: one SUM over what came before, in the database, not a read of every row.
            running = await entries.Where(e => e.RecordedAt <= cursor.RecordedAt && (e.RecordedAt < cursor.RecordedAt || e.ChainPosition <= cursor.Position))
                .SumAsync(e => e.Kind == EntryKind.CashReceipt ? (e.ReversesId == null ? e.Amount : -e.Amount)
                    : e.Kind == EntryKind.CashDistribution ? (e.ReversesId == null ? -e.Amount : e.Amount) : 0L, cancellationToken);
        }
        var ordered = after.OrderBy(e => e.RecordedAt).ThenBy(e => e.ChainPosition);
        // The keys of one more than the page tell whether another follows and where it starts; the page itself is
        // the same keyset read with its details joined (no list of ids sent back: its plan depends on statistics).
        var keys = await ordered.Take(query.PageSize + 1).Select(e => new { e.RecordedAt, e.ChainPosition }).ToListAsync(cancellationToken);
        var more = keys.Count > query.PageSize;
        // Entries are shown in the keyset's order, so the balances of consecutive pages join up.
        var loaded = await EntryViews.LoadAsync(db, user, clock, ordered.Take(query.PageSize), cancellationToken);
        var lines = loaded.Select(e =>
        {
            running += CashEffect(e.Kind, e.ReversesId is not null, e.Amount);
            return e with { CashBalanceAfter = running };
        }).ToList();
        var next = more ? new StatementCursor(keys[query.PageSize - 1].RecordedAt, keys[query.PageSize - 1].ChainPosition).ToString() : null;
        return new CampaignStatement(campaign.Id, campaign.Title, FundTotals.Of(balance), lines, next);
    }

    /// <summary>What an entry does to the cash balance: receipts add, distributions take, reversals undo.</summary>
    internal static long CashEffect(EntryKind kind, bool isReversal, long amount)
    {
        var effect = kind switch
        {
            EntryKind.CashReceipt => amount,
            EntryKind.CashDistribution => -amount,
            _ => 0,
        };
        return isReversal ? -effect : effect;
    }
}
