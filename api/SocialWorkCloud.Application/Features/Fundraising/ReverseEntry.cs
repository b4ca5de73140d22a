using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>
/// Corrects a mistaken receipt or distribution by a reversal entry with the reason; the original stays
/// in the ledger. A receipt whose money or goods were already given out cannot be reversed (that would overdraw).
/// </summary>
[RequiresPermission(Permissions.FundraisingManage)]
public sealed record ReverseEntry([property: JsonIgnore] Guid EntryId, string Reason) : ICommand<LedgerEntryDto>;

public sealed class ReverseEntryValidator : AbstractValidator<ReverseEntry>
{
    public ReverseEntryValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
}

public sealed class ReverseEntryHandler(AppDbContext db, ICurrentUser user, IRequestOrigin origin, TimeProvider clock, IOutbox outbox)
    : ICommandHandler<ReverseEntry, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(ReverseEntry command, CancellationToken cancellationToken)
    {
        var original = await db.LedgerEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken)
            ?? throw new NotFoundException("Ledger entry", command.EntryId);
        var reversal = original.Reverse(command.Reason, VietnamClock.Today(clock), clock.GetUtcNow(), user.UserId, origin.Address);
        if (await db.LedgerEntries.AnyAsync(e => e.ReversesId == original.Id, cancellationToken))
        {
            throw new ConflictException("already-reversed");
        }
        var campaign = await Ledger.FindCampaignAsync(db, original.CampaignId, cancellationToken);
        campaign.EnsureCanReverse();

        var id = campaign.Id;
        var amount = original.Amount;
        var quantity = original.Quantity ?? 0;
        var done = original.Kind switch
        {
            // Taking back a receipt must leave enough for what was already given out.
            EntryKind.CashReceipt => await db.FundBalances.Where(b => b.CampaignId == id && b.CashReceived - b.CashDistributed >= amount)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.CashReceived, b => b.CashReceived - amount), cancellationToken),
            EntryKind.GoodsReceipt => await db.StockLots.Where(l => l.Id == original.StockLotId && l.QuantityReceived - l.QuantityIssued >= quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.QuantityReceived, l => l.QuantityReceived - quantity), cancellationToken),
            EntryKind.CashDistribution => await db.FundBalances.Where(b => b.CampaignId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.CashDistributed, b => b.CashDistributed - amount), cancellationToken),
            EntryKind.GoodsDistribution => await db.StockLots.Where(l => l.Id == original.StockLotId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.QuantityIssued, l => l.QuantityIssued - quantity), cancellationToken),
            _ => 0,
        };
        if (done == 0)
        {
            throw new BusinessRuleException("already-distributed");
        }
        if (original.Kind == EntryKind.GoodsReceipt)
        {
            await db.FundBalances.Where(b => b.CampaignId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.GoodsValueReceived, b => b.GoodsValueReceived - amount), cancellationToken);
        }
        else if (original.Kind == EntryKind.GoodsDistribution)
        {
            await db.FundBalances.Where(b => b.CampaignId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.GoodsValueDistributed, b => b.GoodsValueDistributed - amount), cancellationToken);
        }

        db.LedgerEntries.Add(reversal);
        // Reversing a distribution that still awaited approval is how the unit head refuses it: who recorded it hears so.
        if (original.NeedsApproval && original.Kind is EntryKind.CashDistribution or EntryKind.GoodsDistribution
            && !await db.DistributionApprovals.AnyAsync(a => a.EntryId == original.Id, cancellationToken))
        {
            await outbox.DistributionAnsweredAsync(db, user, original, approved: false, cancellationToken);
        }
        // The unique index on ReversesId turns a simultaneous second reversal into a 409.
        await db.SaveChangesAsync(cancellationToken);
        return await Ledger.ToDtoAsync(db, user, clock, reversal, cancellationToken);
    }
}
