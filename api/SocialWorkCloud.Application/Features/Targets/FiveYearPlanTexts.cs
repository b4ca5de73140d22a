using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Targets;

/// <summary>The texts of five-year plans: Vietnamese in FiveYearPlanTexts.resx, English in FiveYearPlanTexts.en.resx.</summary>
public sealed class FiveYearPlanTexts : TextResource;
