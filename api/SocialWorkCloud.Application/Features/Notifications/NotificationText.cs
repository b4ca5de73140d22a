using System.Globalization;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>The text and the portal address of an item, in the reader's language (NotificationsTexts: notification.*).</summary>
public static class NotificationText
{
    /// <summary>"notification.case-plan-approval-requested" for <see cref="NotificationKind.CasePlanApprovalRequested"/>.</summary>
    public static string Key(NotificationKind kind) => "notification." + Kebab(kind.ToString());

    /// <summary>
    /// The item's sentence. A missing argument (a sensitive case's client, never stored) reads "a confidential case";
    /// <paramref name="culture"/> null: the caller's language (both when the caller named none).
    /// </summary>
    public static string Render(NotificationKind kind, string argsJson, CultureInfo? culture = null)
    {
        var raw = Notify.DeserializeArgs(argsJson);
        string T(string key, object?[] a) => culture is null ? TextCatalog.Get(key, a) : TextCatalog.Find(key, culture, a) ?? key;
        var args = raw.Select(a => (object?)(a ?? T("notification.confidential-case", []))).ToArray();
        return T(Key(kind), args);
    }

    public static string KindName(NotificationKind kind, CultureInfo? culture = null)
    {
        var key = "notification-kind." + Kebab(kind.ToString());
        return culture is null ? TextCatalog.Get(key) : TextCatalog.Find(key, culture) ?? key;
    }

    /// <summary>The portal page of the record (relative), reached after sign-in.</summary>
    public static string Path(string recordType, Guid recordId) => recordType switch
    {
        NotificationRecords.Case => $"/cases/{recordId}",
        NotificationRecords.Referral => "/referrals",
        NotificationRecords.Report => recordId == Guid.Empty ? "/reports" : $"/reports/{recordId}",
        NotificationRecords.AnnualPlan => "/plans",
        NotificationRecords.ProvincePlan => $"/province/targets/facilities/{recordId}",
        NotificationRecords.FiveYearPlan => "/plans/five-year",
        NotificationRecords.ProvinceFiveYearPlan => $"/province/targets?fiveYearPlan={recordId}",
        NotificationRecords.Distribution => "/fundraising",
        NotificationRecords.KpiRun => "/",
        NotificationRecords.Recommendation => $"/supervision/visits/{recordId}",
        NotificationRecords.Staff => "/workforce",
        NotificationRecords.UnitStatus => "/",
        _ => "/",
    };

    public static string Kebab(string pascal)
    {
        var b = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) b.Append('-');
            b.Append(char.ToLowerInvariant(pascal[i]));
        }
        return b.ToString();
    }
}
