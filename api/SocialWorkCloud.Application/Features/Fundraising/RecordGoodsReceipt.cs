using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Domain.Webhooks;
using SocialWorkCloud.Application.Common.Outbox;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>Goods received in kind (wheelchairs, a defibrillator, milk): numbered like cash, and the goods enter the campaign's stock.</summary>
[RequiresPermission(Permissions.FundraisingRecord)]
public sealed record RecordGoodsReceipt(
    [property: JsonIgnore] Guid CampaignId, DateOnly ReceivedOn, string Item, int Quantity, string Unit, long EstimatedValue, Guid? DonorId,
    string? Description) : ICommand<LedgerEntryDto>;

public sealed class RecordGoodsReceiptValidator : AbstractValidator<RecordGoodsReceipt>
{
    public RecordGoodsReceiptValidator(TimeProvider clock)
    {
        RuleFor(x => x.ReceivedOn).MustBeALedgerDate(clock);
        RuleFor(x => x.Item).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Unit).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Quantity).InclusiveBetween(1, 1_000_000)
            .WithText("goods-quantity-range");
        RuleFor(x => x.EstimatedValue).MustBeVnd();
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

public sealed class RecordGoodsReceiptHandler(AppDbContext db, ICurrentUser user, IRequestOrigin origin, TimeProvider clock, IOutbox outbox)
    : ICommandHandler<RecordGoodsReceipt, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(RecordGoodsReceipt command, CancellationToken cancellationToken)
    {
        var campaign = await ReceiptRules.EnsureCanReceiveAsync(db, command.CampaignId, command.ReceivedOn, command.DonorId, cancellationToken);
        var number = await Ledger.NextReceiptNumberAsync(db, campaign.FacilityId, command.ReceivedOn.Year, cancellationToken);
        var entry = new LedgerEntry
        {
            Id = Guid.NewGuid(),
            CampaignId = campaign.Id,
            Kind = EntryKind.GoodsReceipt,
            EntryDate = command.ReceivedOn,
            ReceiptYear = command.ReceivedOn.Year,
            ReceiptNumber = number,
            Amount = command.EstimatedValue,
            Item = command.Item.Trim(),
            Unit = command.Unit.Trim(),
            Quantity = command.Quantity,
            DonorId = command.DonorId,
            Description = command.Description?.Trim(),
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = user.UserId,
            RecordedFromIp = origin.Address,
        };
        entry.StockLotId = entry.Id;
        db.LedgerEntries.Add(entry);
        db.StockLots.Add(new StockLot
        {
            Id = entry.Id, CampaignId = campaign.Id, Item = entry.Item, Unit = entry.Unit, QuantityReceived = command.Quantity,
            OriginalQuantity = command.Quantity, EstimatedValue = command.EstimatedValue,
        });
        await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.LedgerEntryRecorded, entry.FacilityId == Guid.Empty ? user.FacilityId ?? Guid.Empty : entry.FacilityId,
            clock.GetUtcNow(), () => new { entryId = entry.Id, entry.CampaignId, entry.Kind, entry.EntryDate, entry.Amount }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Ledger.AddGoodsReceivedAsync(db, campaign.Id, command.EstimatedValue, cancellationToken);
        return await Ledger.ToDtoAsync(db, user, clock, entry, cancellationToken);
    }
}
