using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>The texts of annual plans, indicators and targets: Vietnamese in TargetsTexts.resx, English in TargetsTexts.en.resx.</summary>
public sealed class TargetsTexts : TextResource;
