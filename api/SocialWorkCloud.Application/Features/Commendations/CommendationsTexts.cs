using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Commendations;

/// <summary>Texts of nominations and commendation decisions.</summary>
public sealed class CommendationsTexts : TextResource;
