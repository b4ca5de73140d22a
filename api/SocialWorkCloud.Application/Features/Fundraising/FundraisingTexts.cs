using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>Texts of fundraising: campaigns, the ledger, donors, distributions (Vietnamese in FundraisingTexts.resx, English in .en.resx).</summary>
public sealed class FundraisingTexts : TextResource;
