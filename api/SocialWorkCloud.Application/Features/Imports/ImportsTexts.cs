using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Imports;

/// <summary>The texts of spreadsheet imports: Vietnamese in ImportsTexts.resx, English in ImportsTexts.en.resx.</summary>
public sealed class ImportsTexts : TextResource;
