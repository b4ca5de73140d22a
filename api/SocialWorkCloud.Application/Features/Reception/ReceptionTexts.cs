using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Reception;

/// <summary>Texts of reception tallies and counts.</summary>
public sealed class ReceptionTexts : TextResource;
