using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>The texts of periodic reports (error codes and field names), Vietnamese in ReportsTexts.resx and English in ReportsTexts.en.resx.</summary>
public sealed class ReportsTexts : TextResource;
