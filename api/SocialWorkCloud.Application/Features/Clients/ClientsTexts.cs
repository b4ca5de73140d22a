using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Clients;

/// <summary>The texts of the client register: identifiers, likely duplicates, merges.</summary>
public sealed class ClientsTexts : TextResource;
