using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>The unit head moves a campaign forward: draft → open → closed → settled (never back).</summary>
[RequiresPermission(Permissions.FundraisingManage)]
public sealed record ChangeCampaignStatus([property: JsonIgnore] Guid CampaignId, Guid Version, CampaignStatus Status) : ICommand<CampaignDetail>;

public sealed class ChangeCampaignStatusValidator : AbstractValidator<ChangeCampaignStatus>
{
    public ChangeCampaignStatusValidator() => RuleFor(x => x.Status).IsInEnum();
}

public sealed class ChangeCampaignStatusHandler(AppDbContext db, IMediator mediator) : ICommandHandler<ChangeCampaignStatus, CampaignDetail>
{
    public async ValueTask<CampaignDetail> Handle(ChangeCampaignStatus command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken)
            ?? throw new NotFoundException("Campaign", command.CampaignId);
        var awaitingApproval = await db.LedgerEntries.AnyAsync(e => e.CampaignId == campaign.Id && e.NeedsApproval
            && e.ReversesId == null && !db.DistributionApprovals.Any(a => a.EntryId == e.Id)
            && !db.LedgerEntries.Any(r => r.ReversesId == e.Id), cancellationToken);
        db.Entry(campaign).Property(c => c.Version).OriginalValue = command.Version;
        campaign.MoveTo(command.Status, awaitingApproval);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetCampaign(campaign.Id), cancellationToken);
    }
}
