namespace SocialWorkCloud.Application.Common.Texts;

/// <summary>
/// Marks a set of texts: a class <c>XTexts : TextResource</c> beside <c>XTexts.resx</c> (Vietnamese, the
/// neutral language) and <c>XTexts.en.resx</c> (English) in the same folder. Each feature area keeps
/// its own set; <see cref="TextCatalog"/> finds every set by this base class, so a new area adds its
/// texts without touching a central list. Keys are error codes (<c>report-locked</c>) and field names
/// (<c>field.fullName</c>); a key lives in exactly one set.
/// </summary>
public abstract class TextResource;
