using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Workforce;

/// <summary>Texts of staff, certificates and collaborators.</summary>
public sealed class WorkforceTexts : TextResource;
