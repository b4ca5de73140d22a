using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Counselling;

/// <summary>The texts of counselling sessions.</summary>
public sealed class CounsellingTexts : TextResource;
