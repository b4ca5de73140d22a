using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>
/// Publishes the campaign's public page (công khai). There is no way back: once published the page
/// shows every entry of the ledger, reversals included.
/// </summary>
[RequiresPermission(Permissions.FundraisingManage)]
public sealed record PublishCampaign([property: JsonIgnore] Guid CampaignId) : ICommand<CampaignDetail>;

public sealed class PublishCampaignHandler(AppDbContext db, TimeProvider clock, IMediator mediator) : ICommandHandler<PublishCampaign, CampaignDetail>
{
    public async ValueTask<CampaignDetail> Handle(PublishCampaign command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.CampaignId, cancellationToken)
            ?? throw new NotFoundException("Campaign", command.CampaignId);
        campaign.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetCampaign(campaign.Id), cancellationToken);
    }
}
