using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Charity;

/// <summary>Texts of charity activities and schedules.</summary>
public sealed class CharityTexts : TextResource;
