using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Places;

/// <summary>The texts of official place names: Vietnamese in PlacesTexts.resx, English in PlacesTexts.en.resx.</summary>
public sealed class PlacesTexts : TextResource;
