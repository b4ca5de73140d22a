using SocialWorkCloud.Application.Features.Webhooks;
using SocialWorkCloud.Domain.Webhooks;
using SocialWorkCloud.Application.Common.Outbox;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Facilities;
using SocialWorkCloud.Application.Features.Notifications;
using SocialWorkCloud.Application.Features.PersonalData;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>
/// Cash (<c>Amount</c>) or goods (<c>StockLotId</c> + <c>Quantity</c>) out of a campaign to a client, a
/// department or a group activity. Never more than the campaign holds, however many people distribute at
/// once. Above the facility's threshold it awaits the unit head's approval (a unit head's own is approved at once).
/// </summary>
[RequiresPermission(Permissions.FundraisingRecord)]
public sealed record RecordDistribution(
    [property: JsonIgnore] Guid CampaignId, DateOnly DistributedOn, long? Amount, Guid? StockLotId, int? Quantity,
    RecipientKind RecipientKind, string? RecipientName, int? RecipientBirthYear, string? RecipientCommune, Guid? ClientId, Guid? CaseId,
    string? DepartmentName, int? GroupCount, string? GroupList, string? Description) : ICommand<LedgerEntryDto>;

public sealed class RecordDistributionValidator : AbstractValidator<RecordDistribution>
{
    public RecordDistributionValidator(TimeProvider clock)
    {
        RuleFor(x => x.DistributedOn).MustBeALedgerDate(clock);
        RuleFor(x => x.Amount).MustBeVndOrEmpty();
        RuleFor(x => x.Amount).NotNull().When(x => x.StockLotId is null)
            .WithText("distribution-cash-or-goods");
        RuleFor(x => x.Amount).Null().When(x => x.StockLotId is not null)
            .WithText("distribution-not-both");
        RuleFor(x => x.Quantity).NotNull().InclusiveBetween(1, 1_000_000).When(x => x.StockLotId is not null)
            .WithText("goods-quantity-range");
        RuleFor(x => x.RecipientKind).IsInEnum();
        // A registered client (or their case) names the recipient: the name is taken from the client, not retyped.
        RuleFor(x => x.RecipientName).NotEmpty().When(x => x.RecipientKind == RecipientKind.Client && x.ClientId is null && x.CaseId is null)
            .WithText("recipient-name-required");
        RuleFor(x => x.RecipientName).MaximumLength(200);
        RuleFor(x => x.RecipientBirthYear).InclusiveBetween(1900, VietnamClock.Today(clock).Year)
            .WithText("recipient-birth-year-range");
        RuleFor(x => x.RecipientCommune).MaximumLength(200);
        RuleFor(x => x.DepartmentName).NotEmpty().When(x => x.RecipientKind == RecipientKind.Department)
            .WithText("recipient-department-required");
        RuleFor(x => x.DepartmentName).MaximumLength(200);
        RuleFor(x => x.GroupCount).NotNull().InclusiveBetween(1, 1_000_000).When(x => x.RecipientKind == RecipientKind.GroupActivity)
            .WithText("recipient-count-range");
        RuleFor(x => x.GroupList).MaximumLength(20000);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

public sealed class RecordDistributionHandler(AppDbContext db, ICurrentUser user, IRequestOrigin origin, TimeProvider clock, IOutbox outbox)
    : ICommandHandler<RecordDistribution, LedgerEntryDto>
{
    public async ValueTask<LedgerEntryDto> Handle(RecordDistribution command, CancellationToken cancellationToken)
    {
        var campaign = await Ledger.FindCampaignAsync(db, command.CampaignId, cancellationToken);
        campaign.EnsureCanDistributeOn(command.DistributedOn);

        Case? servedCase = null;
        var entry = new LedgerEntry
        {
            Id = Guid.NewGuid(),
            CampaignId = campaign.Id,
            EntryDate = command.DistributedOn,
            RecipientKind = command.RecipientKind,
            Description = command.Description?.Trim(),
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = user.UserId,
            RecordedFromIp = origin.Address,
        };
        switch (command.RecipientKind)
        {
            case RecipientKind.Client:
                entry.RecipientName = command.RecipientName?.Trim();
                entry.RecipientBirthYear = command.RecipientBirthYear;
                entry.RecipientCommune = command.RecipientCommune?.Trim();
                servedCase = await LinkClientAsync(entry, command, cancellationToken);
                if (entry.ClientId is { } linked)
                {
                    var client = await db.Clients.AsNoTracking().Where(c => c.Id == linked).Select(c => new { c.FullName, c.BirthYear }).SingleAsync(cancellationToken);
                    entry.RecipientName = client.FullName;
                    entry.RecipientBirthYear ??= client.BirthYear;
                }
                break;
            case RecipientKind.Department:
                entry.DepartmentName = command.DepartmentName!.Trim();
                break;
            case RecipientKind.GroupActivity:
                entry.GroupCount = command.GroupCount;
                entry.GroupList = command.GroupList?.Trim();
                break;
        }

        if (command.StockLotId is { } lotId)
        {
            var lot = await db.StockLots.AsNoTracking().SingleOrDefaultAsync(l => l.Id == lotId && l.CampaignId == campaign.Id, cancellationToken)
                ?? throw new NotFoundException("Stock lot", lotId);
            entry.Kind = EntryKind.GoodsDistribution;
            entry.StockLotId = lot.Id;
            entry.Item = lot.Item;
            entry.Unit = lot.Unit;
            entry.Quantity = command.Quantity;
            entry.Amount = Ledger.ValueOf(lot, command.Quantity!.Value);
            await Ledger.TakeGoodsAsync(db, campaign.Id, lot.Id, command.Quantity.Value, entry.Amount, cancellationToken);
        }
        else
        {
            entry.Kind = EntryKind.CashDistribution;
            entry.Amount = command.Amount!.Value;
            await Ledger.TakeCashAsync(db, campaign.Id, entry.Amount, cancellationToken);
        }

        // Through the client, a case: the distribution shows on it as a service delivered, pointing back at the entry.
        if (servedCase is not null)
        {
            var (type, quantity, note) = entry.Kind == EntryKind.CashDistribution
                ? (ServiceType.FinancialSupport, 1, entry.Description)
                : (ServiceType.EmergencySupport, entry.Quantity!.Value, $"{entry.Quantity} {entry.Unit} {entry.Item}");
            db.ServicesDelivered.Add(ServiceDelivered.Record(servedCase, type, entry.EntryDate, campaign.Title, quantity, entry.Amount, note,
                "donation", entry.Id, entry.RecordedAt, user.UserId));
        }

        var threshold = await db.FundraisingSettings.AsNoTracking().Select(s => s.ApprovalThreshold).FirstOrDefaultAsync(cancellationToken);
        entry.NeedsApproval = MoneyRules.NeedsApproval(entry.Amount, threshold);
        db.LedgerEntries.Add(entry);
        if (entry.NeedsApproval && user.HasPermission(Permissions.FundraisingManage))
        {
            db.DistributionApprovals.Add(new DistributionApproval { EntryId = entry.Id, ApprovedAt = entry.RecordedAt, ApprovedBy = user.UserId, ApprovedFromIp = origin.Address });
        }
        else if (entry.NeedsApproval)
        {
            await outbox.DistributionApprovalRequestedAsync(db, user, entry, cancellationToken);
        }
        await outbox.PublishWebhookEventAsync(db, WebhookEventTypes.LedgerEntryRecorded, entry.FacilityId == Guid.Empty ? user.FacilityId ?? Guid.Empty : entry.FacilityId,
            clock.GetUtcNow(), () => new { entryId = entry.Id, entry.CampaignId, entry.Kind, entry.EntryDate, entry.Amount }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await Ledger.ToDtoAsync(db, user, clock, entry, cancellationToken);
    }

    /// <summary>
    /// A client of this facility, and through a case the caller may see (sensitive cases audited), the case:
    /// anything else is "not found". A case of another client than the one named is refused.
    /// </summary>
    private async Task<Case?> LinkClientAsync(LedgerEntry entry, RecordDistribution command, CancellationToken cancellationToken)
    {
        if (command.CaseId is { } caseId)
        {
            var @case = await db.LoadAsync(user, clock, caseId, "case.donation", cancellationToken);
            if (command.ClientId is { } named && named != @case.ClientId)
            {
                throw new BusinessRuleException("case-of-another-client");
            }
            await db.EnsureMayProcessAsync(@case.ClientId, ConsentPurpose.PersonalDataProcessing, cancellationToken);
            entry.ClientId = @case.ClientId;
            entry.CaseId = @case.Id;
            return @case;
        }
        if (command.ClientId is { } clientId)
        {
            if (!await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken)) throw new NotFoundException("Client", clientId);
            await db.EnsureMayProcessAsync(clientId, ConsentPurpose.PersonalDataProcessing, cancellationToken);
            entry.ClientId = clientId;
        }
        return null;
    }
}
