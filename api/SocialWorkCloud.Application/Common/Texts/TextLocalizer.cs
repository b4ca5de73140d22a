using Microsoft.Extensions.Localization;

namespace SocialWorkCloud.Application.Common.Texts;

/// <summary>
/// <see cref="IStringLocalizer"/> over every text set of the application: a key is found in whichever
/// area owns it, in the request's UI culture (from Accept-Language; Vietnamese by default).
/// </summary>
public sealed class TextLocalizer : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = TextCatalog.Has(name) ? TextCatalog.Get(name) : null;
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = TextCatalog.Has(name) ? TextCatalog.Get(name, arguments) : null;
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        TextCatalog.Keys.Select(key => this[key]);
}
