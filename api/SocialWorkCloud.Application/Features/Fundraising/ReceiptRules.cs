using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;

namespace SocialWorkCloud.Application.Features.Fundraising;

internal static class ReceiptRules
{
    /// <summary>A campaign receives while open and only between its start and end dates; the donor must be the facility's own.</summary>
    public static async Task<Campaign> EnsureCanReceiveAsync(AppDbContext db, Guid campaignId, DateOnly date, Guid? donorId, CancellationToken ct)
    {
        var campaign = await Ledger.FindCampaignAsync(db, campaignId, ct);
        campaign.EnsureCanReceiveOn(date);
        if (donorId is { } id && !await db.Donors.AnyAsync(d => d.Id == id, ct))
        {
            throw new NotFoundException("Donor", id);
        }
        return campaign;
    }
}
