using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Auth;

/// <summary>Texts of sign-in, refresh and client tokens.</summary>
public sealed class AuthTexts : TextResource;
