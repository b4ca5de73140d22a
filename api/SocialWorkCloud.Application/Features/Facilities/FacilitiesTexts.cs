using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Facilities;

/// <summary>The texts of the facility registry: Vietnamese in FacilitiesTexts.resx, English in FacilitiesTexts.en.resx.</summary>
public sealed class FacilitiesTexts : TextResource;
