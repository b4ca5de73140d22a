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

/// <summary>Money received for a campaign, numbered from the facility's yearly receipt sequence. No donor means an anonymous gift (a donation box).</summary>
[RequiresPermission(Permissions.FundraisingRecord)]
public sealed record RecordCashReceipt(
    [property: JsonIgnore] Guid CampaignId, DateOnly ReceivedOn, long Amount, PaymentMethod Method, string? Reference, Guid? DonorId, string? Description)
    : ICommand<LedgerEntryDto>;

public sealed class RecordCashReceiptValidator : AbstractValidator<RecordCashReceipt>
{
    public RecordCashReceiptValidator(TimeProvider clock)
    {
        RuleFor(x => x.ReceivedOn).MustBeALedgerDate(clock);
        RuleFor(x => x.Amount).MustBeVnd();
        RuleFor(x => x.Method).IsInEnum();
        RuleFor(x => x.Reference).NotEmpty().When(x => x.Method == PaymentMethod.BankTransfer)
            .WithText("transfer-reference-required");
        RuleFor(x => x.Reference).MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

public sealed class RecordCashReceiptHandler(AppDbContext db, ICurrentUser user, IRequestOrigin origin, TimeProvider clock, IOutbox outbox)
    : ICommandHandler<RecordCashReceipt, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(RecordCashReceipt command, CancellationToken cancellationToken)
    {
        var campaign = await ReceiptRules.EnsureCanReceiveAsync(db, command.CampaignId, command.ReceivedOn, command.DonorId, cancellationToken);
        var number = await Ledger.NextReceiptNumberAsync(db, campaign.FacilityId, command.ReceivedOn.Year, cancellationToken);
        var entry = new LedgerEntry
        {
            Id = Guid.NewGuid(),
            CampaignId = campaign.Id,
            Kind = EntryKind.CashReceipt,
            EntryDate = command.ReceivedOn,
            ReceiptYear = command.ReceivedOn.Year,
            ReceiptNumber = number,
            Amount = command.Amount,
            Method = command.Method,
            Reference = command.Reference?.Trim(),
            DonorId = command.DonorId,
            Description = command.Description?.Trim(),
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = user.UserId,
            RecordedFromIp = origin.Address,
        };
        db.LedgerEntries.Add(entry);
        await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.LedgerEntryRecorded, entry.FacilityId == Guid.Empty ? user.FacilityId ?? Guid.Empty : entry.FacilityId,
            clock.GetUtcNow(), () => new { entryId = entry.Id, entry.CampaignId, entry.Kind, entry.EntryDate, entry.Amount }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Ledger.AddCashReceivedAsync(db, campaign.Id, command.Amount, cancellationToken);
        return await Ledger.ToDtoAsync(db, user, clock, entry, cancellationToken);
    }
}
