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
        if (campaign.Status != CampaignStatus.Open)
        {
            throw new BusinessRuleException("campaign-not-open", "Đợt vận động không ở trạng thái đang mở. / The campaign is not open for receipts.");
        }
        if (campaign.EndDate is { } end && date > end)
        {
            throw new BusinessRuleException("after-end-date",
                $"Đợt vận động đã kết thúc nhận ngày {end:dd/MM/yyyy}; không thể ghi khoản nhận ngày {date:dd/MM/yyyy}. / The campaign stopped receiving on {end:dd/MM/yyyy}: a receipt dated {date:dd/MM/yyyy} is refused.");
        }
        if (date < campaign.StartDate)
        {
            throw new BusinessRuleException("before-start-date",
                $"Đợt vận động bắt đầu ngày {campaign.StartDate:dd/MM/yyyy}. / The campaign starts on {campaign.StartDate:dd/MM/yyyy}: a receipt dated {date:dd/MM/yyyy} is refused.");
        }
        if (donorId is { } id && !await db.Donors.AnyAsync(d => d.Id == id, ct))
        {
            throw new NotFoundException("Donor", id);
        }
        return campaign;
    }
}
