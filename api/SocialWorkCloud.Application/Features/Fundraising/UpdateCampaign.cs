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
    string? BankAccount, string? GoodsReceptionPlace, DateOnly StartDate, DateOnly? EndDate, DateOnly? DistributionDate, long? TargetAmount)
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
        if (campaign.Status == CampaignStatus.Settled)
        {
            throw new BusinessRuleException("campaign-settled", "Đợt vận động đã quyết toán. / The campaign is settled.");
        }
        if (campaign.Kind == FundKind.Campaign && command.EndDate is null)
        {
            throw new BusinessRuleException("end-date-required", "Đợt vận động cần ngày kết thúc. / A campaign needs an end date.");
        }
        // Receipts already recorded must stay inside the campaign's dates.
        var outside = await db.LedgerEntries.AnyAsync(e => e.CampaignId == campaign.Id && e.ReceiptNumber != null
            && (e.EntryDate < command.StartDate || (command.EndDate != null && e.EntryDate > command.EndDate)), cancellationToken);
        if (outside)
        {
            throw new BusinessRuleException("receipts-outside-dates",
                "Đã có khoản nhận ngoài khoảng ngày mới. / Receipts already recorded fall outside the new dates.");
        }
        db.Entry(campaign).Property(c => c.Version).OriginalValue = command.Version;
        campaign.Apply(command);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetCampaign(campaign.Id), cancellationToken);
    }
}
