namespace SocialWorkCloud.Application.Common.Texts;

/// <summary>
/// The names of request fields as users read them ("field.fullName" → "Họ và tên" / "Full name"), used by
/// FluentValidation's messages so no English property name lands inside a Vietnamese sentence. Shared by
/// every area: a field name means the same wherever it appears.
/// </summary>
public sealed class FieldTexts : TextResource;
