namespace SocialWorkCloud.Application.Common.Texts;

/// <summary>Texts every area shares: ProblemDetails titles, the generic failures (not found, stale, duplicate), access refusals.</summary>
public sealed class CommonTexts : TextResource;
