using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Provinces;

/// <summary>The texts of provinces: Vietnamese in ProvincesTexts.resx, English in ProvincesTexts.en.resx.</summary>
public sealed class ProvincesTexts : TextResource;
