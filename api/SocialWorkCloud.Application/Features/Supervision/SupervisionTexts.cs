using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Supervision;

/// <summary>Texts of supervision visits, recommendations and follow-ups.</summary>
public sealed class SupervisionTexts : TextResource;
