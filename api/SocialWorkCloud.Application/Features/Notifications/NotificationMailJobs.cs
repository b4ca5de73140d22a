using System.Globalization;
using System.Net;
using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>
/// E-mails inbox items: the urgent kinds one by one at once, the rest as one morning digest per person
/// (Vietnam time), each as the person chose on their profile (no choice: e-mailed). An item is claimed
/// (EmailedAt) before it is sent and released if sending fails, so a retry or a second job never mails it twice.
/// </summary>
public sealed class NotificationMailJobs(AppDbContext db, IMailTransport transport, PortalAddress portal, TimeProvider clock,
    ILogger<NotificationMailJobs> logger)
{
    public const string DigestJobId = "notifications-morning-digest";

    /// <summary>How far back the digest looks for items not yet e-mailed (a missed morning is caught up once, not forever).</summary>
    public static readonly TimeSpan DigestWindow = TimeSpan.FromDays(2);

    [AutomaticRetry(Attempts = 10)]
    public async Task SendUrgentAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var item = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (item is null || item.EmailedAt is not null) return;
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == item.RecipientId, cancellationToken);
        if (user is not { IsActive: true, Email: not null } || !await WantsEmailAsync(user.Id, item.Kind, cancellationToken)) return;
        if (!await ClaimAsync([item.Id], cancellationToken)) return;
        try
        {
            await transport.SendAsync(NotificationMailComposer.Urgent(user, item, portal.Current()), cancellationToken);
        }
        catch
        {
            await ReleaseAsync([item.Id]);
            throw;
        }
    }

    /// <summary>The morning digest: every person's items of the last day not yet e-mailed, of the kinds they want by e-mail, in one message.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task SendDigestsAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - DigestWindow;
        var waiting = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && n.CreatedAt >= since)
            .Select(n => new { n.RecipientId }).Distinct().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var recipient in waiting.Select(w => w.RecipientId))
        {
            if (await SendDigestAsync(recipient, since, cancellationToken)) sent++;
        }
        logger.LogInformation("Morning digest sent to {Count} people", sent);
    }

    public async Task<bool> SendDigestAsync(Guid recipientId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == recipientId, cancellationToken);
        if (user is not { IsActive: true, Email: not null }) return false;
        var declined = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == recipientId && !p.Email)
            .Select(p => p.Kind).ToListAsync(cancellationToken);
        var items = (await db.Notifications.AsNoTracking()
                .Where(n => n.RecipientId == recipientId && n.EmailedAt == null && n.CreatedAt >= since)
                .ToListAsync(cancellationToken))
            // Urgent kinds left by their own message (or declined); the digest carries the rest.
            .Where(n => !Notification.IsUrgent(n.Kind) && !declined.Contains(n.Kind))
            .OrderBy(n => n.CreatedAt).ToList();
        if (items.Count == 0) return false;
        var ids = items.Select(n => n.Id).ToList();
        if (!await ClaimAsync(ids, cancellationToken)) return false;
        try
        {
            await transport.SendAsync(NotificationMailComposer.Digest(user, items, portal.Current()), cancellationToken);
        }
        catch
        {
            await ReleaseAsync(ids);
            throw;
        }
        return true;
    }

    private async Task<bool> WantsEmailAsync(Guid userId, NotificationKind kind, CancellationToken ct) =>
        !await db.NotificationPreferences.AnyAsync(p => p.UserId == userId && p.Kind == kind && !p.Email, ct);

    private async Task<bool> ClaimAsync(List<Guid> ids, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.Notifications.Where(n => ids.Contains(n.Id) && n.EmailedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, now), ct);
        return claimed == ids.Count;
    }

    private Task<int> ReleaseAsync(List<Guid> ids) =>
        db.Notifications.Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, (DateTimeOffset?)null), CancellationToken.None);
}

/// <summary>The notification e-mails (NotificationsTexts: notification-mail.*), as HTML and plain text, in the person's language.</summary>
public static class NotificationMailComposer
{
    public static OutgoingMail Urgent(AppUser user, Notification item, string portalUrl)
    {
        var culture = CultureOf(user);
        string T(string key, params object?[] args) => TextCatalog.Find(key, culture, args) ?? key;
        var text = NotificationText.Render(item.Kind, item.Args, culture);
        var link = portalUrl.TrimEnd('/') + NotificationText.Path(item.RecordType, item.RecordId);
        var subject = T("notification-mail.urgent-subject", NotificationText.KindName(item.Kind, culture));
        var plain = string.Join("\n\n", T("notification-mail.greeting", user.FullName), text, $"{T("notification-mail.open")}: {link}",
            T("notification-mail.preferences")) + "\n";
        var html = Html(culture, subject, $"""
            <p>{H(T("notification-mail.greeting", user.FullName))}</p>
            <p><strong>{H(text)}</strong></p>
            <p><a href="{H(link)}">{H(T("notification-mail.open"))}</a></p>
            <p style="font-size:13px;color:#52606d">{H(T("notification-mail.preferences"))}</p>
            """);
        return new OutgoingMail(user.Email!, user.FullName, subject, html, plain);
    }

    /// <summary>One message with the day's items, grouped by the Vietnamese day they happened on, oldest day first.</summary>
    public static OutgoingMail Digest(AppUser user, IReadOnlyList<Notification> items, string portalUrl)
    {
        var culture = CultureOf(user);
        string T(string key, params object?[] args) => TextCatalog.Find(key, culture, args) ?? key;
        var subject = T("notification-mail.digest-subject", items.Count);
        var plain = new StringBuilder().Append(T("notification-mail.greeting", user.FullName)).Append("\n\n")
            .Append(T("notification-mail.digest-intro", items.Count)).Append('\n');
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<p>{H(T("notification-mail.greeting", user.FullName))}</p><p>{H(T("notification-mail.digest-intro", items.Count))}</p>");
        var dateFormat = culture.TwoLetterISOLanguageName == "en" ? "d MMMM yyyy" : "dd/MM/yyyy";
        foreach (var day in items.GroupBy(n => Domain.Common.VietnamClock.DateOf(n.CreatedAt)).OrderBy(g => g.Key))
        {
            var heading = day.Key.ToString(dateFormat, culture);
            plain.Append('\n').Append(heading).Append('\n');
            html.Append(CultureInfo.InvariantCulture, $"<h3 style=\"margin:16px 0 4px\">{H(heading)}</h3><ul>");
            foreach (var item in day)
            {
                var text = NotificationText.Render(item.Kind, item.Args, culture);
                var link = portalUrl.TrimEnd('/') + NotificationText.Path(item.RecordType, item.RecordId);
                plain.Append("- ").Append(text).Append(" (").Append(link).Append(")\n");
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{H(link)}\">{H(text)}</a></li>");
            }
            html.Append("</ul>");
        }
        plain.Append('\n').Append(T("notification-mail.preferences")).Append('\n');
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:13px;color:#52606d\">{H(T("notification-mail.preferences"))}</p>");
        return new OutgoingMail(user.Email!, user.FullName, subject, Html(culture, subject, html.ToString()), plain.ToString());
    }

    private static CultureInfo CultureOf(AppUser user) => user.Language == UserLanguages.English ? TextCatalog.English : TextCatalog.Vietnamese;

    private static string H(string s) => WebUtility.HtmlEncode(s);

    private static string Html(CultureInfo culture, string subject, string body) => string.Create(CultureInfo.InvariantCulture, $"""
        <!DOCTYPE html>
        <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{H(subject)}</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5">
        {body}
        </body></html>
        """);
}
