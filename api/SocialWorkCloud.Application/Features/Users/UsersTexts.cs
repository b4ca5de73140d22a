using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Users;

/// <summary>Texts of user administration.</summary>
public sealed class UsersTexts : TextResource;
