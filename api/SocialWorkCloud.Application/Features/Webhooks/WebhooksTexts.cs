using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Webhooks;

/// <summary>Texts of webhook subscriptions and deliveries.</summary>
public sealed class WebhooksTexts : TextResource;
