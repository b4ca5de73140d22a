using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Features.PersonalData;

/// <summary>The texts of personal-data protection: withdrawn consents, legal grounds, data-subject requests, restriction, pseudonymisation, retention.</summary>
public sealed class PersonalDataTexts : TextResource;
