using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Audit;

/// <summary>The texts of the audit log: Vietnamese in AuditTexts.resx, English in AuditTexts.en.resx.</summary>
public sealed class AuditTexts : TextResource;
