using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Common.Validation;

/// <summary>The texts of the date rules every area's validators share (DateRules): Vietnamese in DateRulesTexts.resx, English in DateRulesTexts.en.resx.</summary>
public sealed class DateRulesTexts : TextResource;
