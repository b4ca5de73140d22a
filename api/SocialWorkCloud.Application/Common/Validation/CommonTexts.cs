using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Common.Validation;

/// <summary>Texts shared by every area's validators (the date rules): Vietnamese in CommonTexts.resx, English in CommonTexts.en.resx.</summary>
public sealed class CommonTexts : TextResource;
