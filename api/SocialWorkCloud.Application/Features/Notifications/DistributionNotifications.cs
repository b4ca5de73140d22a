using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>
/// A distribution above the facility's threshold: the request reaches the unit heads, the answer (approved, or refused
/// by a reversal) who recorded it. The text names the campaign and the amount, never the recipient; a distribution
/// through a case reaches only those who may see that case.
/// </summary>
public static class DistributionNotifications
{
    public static async Task DistributionApprovalRequestedAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, LedgerEntry entry, CancellationToken ct) =>
        outbox.Raise(NotificationKind.DistributionApprovalRequested, user.FacilityId, null, NotificationRecords.Distribution, entry.Id, user.UserId,
            roles: [UserRole.FacilityAdmin], caseId: entry.CaseId, args: await ArgsAsync(db, entry, ct));

    /// <summary>The answer to a pending distribution: <paramref name="approved"/>, or refused by its reversal.</summary>
    public static async Task DistributionAnsweredAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, LedgerEntry entry, bool approved, CancellationToken ct)
    {
        if (entry.RecordedBy is not { } recorder) return;
        outbox.Raise(approved ? NotificationKind.DistributionApproved : NotificationKind.DistributionRejected, entry.FacilityId, null,
            NotificationRecords.Distribution, entry.Id, user.UserId, users: [recorder], caseId: entry.CaseId, args: await ArgsAsync(db, entry, ct));
    }

    /// <summary>The campaign's title and the amount ("2.000.001", the same in both languages).</summary>
    private static async Task<string?[]> ArgsAsync(AppDbContext db, LedgerEntry entry, CancellationToken ct)
    {
        var title = await db.Campaigns.AsNoTracking().Where(c => c.Id == entry.CampaignId).Select(c => c.Title).SingleOrDefaultAsync(ct);
        return [title ?? "—", entry.Amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))];
    }
}
