using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.Referrals;

/// <summary>The texts of referrals: sending with consent, the answers of the receiver and of an agency, completion.</summary>
public sealed class ReferralsTexts : TextResource;
