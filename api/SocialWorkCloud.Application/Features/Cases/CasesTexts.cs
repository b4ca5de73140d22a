using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Cases;

/// <summary>The texts of case management: the refused moves of a case, its plan and closure approvals, and the validation of its records.</summary>
public sealed class CasesTexts : TextResource;
