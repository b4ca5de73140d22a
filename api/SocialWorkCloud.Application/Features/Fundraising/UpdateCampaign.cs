using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>Edits a campaign's description while it is not settled; send the version you read (409 when stale).</summary>
[RequiresPermission(Permissions.FundraisingRecord)]
public sealed record UpdateCampaign(
    [property: JsonIgnore] Guid CampaignId, Guid Version, string Title, string Purpose, string? Scope, string? Beneficiaries,
    string? BankAccount, string? GoodsReceptionPlace, DateOnly StartDate, DateOnly? EndDate, DateOnly? DistributionDate, long? TargetAmount,
    long? TargetMaximum = null, string? BankBin = null, string? BankAccountNumber = null, string? BankAccountHolder = null)
    : ICommand<CampaignDetail>, ICampaignFields;

public sealed class UpdateCampaignValidator : AbstractValidator<UpdateCampaign>
{
    public UpdateCampaignValidator() => Include(new CampaignFieldsValidator());
}

public sealed class UpdateCampaignHandler(AppDbContext db, IMediator mediator) : ICommandHandler<UpdateCampaign, CampaignDetail>
{
    public async ValueTask<CampaignDetail> Handle(UpdateCampaign command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken)
            ?? throw new NotFoundException("Campaign", command.CampaignId);
        // Receipts already recorded must stay inside the campaign's dates: the campaign checks their first and last dates.
        var receipts = await db.LedgerEntries.Where(e => e.CampaignId == campaign.Id && e.ReceiptNumber != null)
            .GroupBy(e => 1).Select(g => new { First = g.Min(e => e.EntryDate), Last = g.Max(e => e.EntryDate) })
            .SingleOrDefaultAsync(cancellationToken);
        db.Entry(campaign).Property(c => c.Version).OriginalValue = command.Version;
        campaign.Describe(command.ToDescription(), receipts?.First, receipts?.Last);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetCampaign(campaign.Id), cancellationToken);
    }
}
