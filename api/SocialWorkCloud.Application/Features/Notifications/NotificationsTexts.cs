using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>The texts of the inbox and its e-mails: one sentence per kind (notification.*), the kinds' names (notification-kind.*), the e-mails (notification-mail.*).</summary>
public sealed class NotificationsTexts : TextResource;
