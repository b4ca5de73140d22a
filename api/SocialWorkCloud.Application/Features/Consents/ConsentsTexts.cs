using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Consents;

/// <summary>The texts of consents: who gave them, when, their withdrawal.</summary>
public sealed class ConsentsTexts : TextResource;
