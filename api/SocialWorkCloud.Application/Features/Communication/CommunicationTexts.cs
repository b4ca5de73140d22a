using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Communication;

/// <summary>Texts of communication items.</summary>
public sealed class CommunicationTexts : TextResource;
