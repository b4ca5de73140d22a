using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Mfa;

public sealed class MfaTexts : TextResource;
