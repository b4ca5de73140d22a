using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.UnitHistory;

/// <summary>The texts of the unit's status history: Vietnamese in UnitHistoryTexts.resx, English in UnitHistoryTexts.en.resx.</summary>
public sealed class UnitHistoryTexts : TextResource;
