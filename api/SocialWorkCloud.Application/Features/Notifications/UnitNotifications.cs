using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Notifications;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>Periodic reports between a facility and its province: a submission reaches the province's officers, their answers the facility's unit head (who prepares reports).</summary>
public static class ReportNotifications
{
    public static async Task ReportEventAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, PeriodicReport report, NotificationKind kind, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == report.FacilityId).Select(f => f.Name).SingleOrDefaultAsync(ct);
        var toProvince = kind == NotificationKind.ReportSubmitted;
        outbox.Raise(kind, report.FacilityId, report.ProvinceId, NotificationRecords.Report, report.Id, user.UserId,
            roles: [toProvince ? UserRole.ProvinceOfficer : UserRole.FacilityAdmin], args: [facility ?? "—", PeriodLabel(report)]);
    }

    /// <summary>"01/04/2026–30/06/2026": the same in both languages.</summary>
    public static string PeriodLabel(PeriodicReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"{report.PeriodStart:dd/MM/yyyy}–{report.PeriodEnd:dd/MM/yyyy}");
}

/// <summary>Annual plans: a submission reaches the province's officers, the Department's answer the facility's unit head.</summary>
public static class AnnualPlanNotifications
{
    public static async Task AnnualPlanEventAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, Guid facilityId, int year, NotificationKind kind, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == facilityId).Select(f => new { f.Name, f.ProvinceId }).SingleAsync(ct);
        var year_ = year.ToString(CultureInfo.InvariantCulture);
        if (kind == NotificationKind.AnnualPlanSubmitted)
        {
            outbox.Raise(kind, facilityId, facility.ProvinceId, NotificationRecords.ProvincePlan, facilityId, user.UserId,
                roles: [UserRole.ProvinceOfficer], args: [facility.Name, year_]);
        }
        else
        {
            outbox.Raise(kind, facilityId, facility.ProvinceId, NotificationRecords.AnnualPlan, facilityId, user.UserId,
                roles: [UserRole.FacilityAdmin], args: [facility.Name, year_]);
        }
    }
}

/// <summary>Five-year plans, as annual plans: a submission reaches the province's officers, the Department's answer the facility's unit head.</summary>
public static class FiveYearPlanNotifications
{
    public static async Task FiveYearPlanEventAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, FiveYearPlan plan, NotificationKind kind, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == plan.FacilityId).Select(f => new { f.Name, f.ProvinceId }).SingleAsync(ct);
        // "2026–2030": the same in both languages.
        var period = string.Create(CultureInfo.InvariantCulture, $"{plan.StartYear}–{plan.EndYear}");
        var toProvince = kind == NotificationKind.FiveYearPlanSubmitted;
        outbox.Raise(kind, plan.FacilityId, facility.ProvinceId, toProvince ? NotificationRecords.ProvinceFiveYearPlan : NotificationRecords.FiveYearPlan,
            plan.Id, user.UserId, roles: [toProvince ? UserRole.ProvinceOfficer : UserRole.FacilityAdmin], args: [facility.Name, period]);
    }
}

/// <summary>Referrals between facilities: the receiving unit's answer reaches who sent it and who carries the case (in the sending facility).</summary>
public static class ReferralNotifications
{
    public static async Task ReferralAnsweredAsync(this IOutbox outbox, AppDbContext db, ICurrentUser user, Guid senderFacilityId, Guid referralId,
        NotificationKind kind, CancellationToken ct)
    {
        var receiver = await db.Facilities.AsNoTracking().Where(f => f.Id == user.FacilityId).Select(f => f.Name).SingleOrDefaultAsync(ct);
        outbox.Raise(kind, senderFacilityId, null, NotificationRecords.Referral, referralId, user.UserId, toReferralSender: true, args: [receiver ?? "—"]);
    }
}
