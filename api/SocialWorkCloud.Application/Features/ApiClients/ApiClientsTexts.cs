using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.ApiClients;

/// <summary>Texts of third-party API clients.</summary>
public sealed class ApiClientsTexts : TextResource;
