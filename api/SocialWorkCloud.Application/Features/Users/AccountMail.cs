using System.Globalization;
using System.Net;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

namespace SocialWorkCloud.Application.Features.Users;

/// <summary>SignInAttempts: someone keeps failing to sign in to the account; the owner gets a reset link in case it is not them.</summary>
public enum AccountMailKind { Invitation, PasswordReset, SignInAttempts }

/// <summary>
/// An invitation or a password-reset link is to be e-mailed (the command that asked for it has committed).
/// Carries no token: the job issues the link when it sends, so no secret sits in the outbox or the job store.
/// </summary>
[OutboxMessageType("users.account-mail")]
public sealed record AccountMailRequested(Guid UserId, AccountMailKind Kind, string PortalUrl) : IOutboxMessage;

public sealed class AccountMailRequestedHandler(IBackgroundJobClient jobs) : IOutboxHandler<AccountMailRequested>
{
    public string Dispatch(AccountMailRequested message) =>
        jobs.Enqueue<AccountMailJobs>(j => j.SendAsync(message.UserId, message.Kind, message.PortalUrl, CancellationToken.None));
}

/// <summary>Writes and sends account e-mails in the user's language, naming the facility (or province) they belong to.</summary>
public sealed class AccountMailJobs(AppDbContext db, AccountLinks links, IMailTransport transport, ILogger<AccountMailJobs> logger)
{
    /// <summary>A failed send (server down, refused) throws and Hangfire tries again, up to 10 times over some hours.</summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task SendAsync(Guid userId, AccountMailKind kind, string portalUrl, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        // A pending invitation has no password to guess: an alert about it would only confuse.
        if (user is null || !user.IsActive || (kind == AccountMailKind.Invitation && !user.IsInvitationPending)
            || (kind == AccountMailKind.SignInAttempts && user.IsInvitationPending))
        {
            logger.LogInformation("Account mail {Kind} for user {UserId} not sent: the account no longer needs it", kind, userId);
            return;
        }
        var names = await MembershipNames.LoadAsync(db, [user.FacilityId], [user.ProvinceId], cancellationToken);
        var place = names.Facility(user.FacilityId) ?? names.Province(user.ProvinceId) ?? "SocialWorkCloud";
        var purpose = kind == AccountMailKind.Invitation ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset;
        var page = kind == AccountMailKind.Invitation ? "accept-invitation" : "reset-password";
        var link = $"{portalUrl.TrimEnd('/')}/{page}?token={Uri.EscapeDataString(links.Issue(user, purpose))}";
        await transport.SendAsync(AccountMailComposer.Compose(user, kind, place, link, links.Lifetime(purpose)), cancellationToken);
    }
}

/// <summary>The texts of account e-mails (UsersTexts: mail.*), as HTML and plain text.</summary>
public static class AccountMailComposer
{
    public static OutgoingMail Compose(AppUser user, AccountMailKind kind, string place, string link, TimeSpan lifetime)
    {
        var culture = user.Language == UserLanguages.English ? TextCatalog.English : TextCatalog.Vietnamese;
        string T(string key, params object?[] args) => TextCatalog.Find(key, culture, args) ?? key;
        var prefix = kind switch
        {
            AccountMailKind.Invitation => "mail.invitation.",
            AccountMailKind.SignInAttempts => "mail.attempts.",
            _ => "mail.reset.",
        };
        var validity = kind == AccountMailKind.Invitation
            ? T("mail.valid-hours", (int)Math.Round(lifetime.TotalHours))
            : T("mail.valid-minutes", (int)Math.Round(lifetime.TotalMinutes));

        var subject = T(prefix + "subject", place);
        var greeting = T("mail.greeting", user.FullName);
        var body = T(prefix + "body", place, user.Email);
        var action = T(prefix + "action");
        var ignore = T(prefix + "ignore");
        var signature = T("mail.signature", place);

        var text = string.Join("\n\n", greeting, body, $"{action}: {link}", validity, ignore, "-- \n" + signature) + "\n";
        static string H(string s) => WebUtility.HtmlEncode(s);
        var html = string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{H(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5">
            <p>{H(greeting)}</p>
            <p>{H(body)}</p>
            <p><a href="{H(link)}" style="display:inline-block;padding:10px 18px;background:#1c7ed6;color:#fff;text-decoration:none;border-radius:4px">{H(action)}</a></p>
            <p style="font-size:13px;color:#52606d">{H(validity)}<br>{H(link)}</p>
            <p style="font-size:13px;color:#52606d">{H(ignore)}</p>
            <p>{H(signature)}</p>
            </body></html>
            """);
        return new OutgoingMail(user.Email!, user.FullName, subject, html, text);
    }
}
