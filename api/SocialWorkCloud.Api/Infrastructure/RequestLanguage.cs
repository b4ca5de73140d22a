using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// The request's language. Messages follow Accept-Language: Vietnamese unless the caller asks for English; a caller that names
/// no language (a script, a third-party system) reads every text in both (<see cref="TextCatalog.BothLanguages"/>). Formatting
/// stays culture-invariant, so no handler writes "43,33" where a machine expects "43.33".
/// The choice is ASP.NET Core's request localization with <see cref="Localization"/>'s options. Its plain cases are answered here
/// without it (issue 19: it read the cookie and query providers and set both cultures on every request, about 1 kB): no
/// Accept-Language, or exactly "vi" or "en" (what the web portal sends), and no culture in the query or a cookie. A language
/// already current is not set again (<see cref="Speak"/>): the process's defaults are the request's (<see cref="RequestLanguageExtensions.UseRequestLanguage"/>),
/// and a connection keeps the language its last request set. Everything else goes to the middleware itself and is chosen as before
/// (for that request only: it sets the cultures in a flow of its own).
/// </summary>
public sealed class RequestLanguage
{
    private static readonly CultureInfo Vietnamese = TextCatalog.Vietnamese, English = TextCatalog.English;
    private static readonly RequestCultureFeature InVietnamese = new(new RequestCulture(CultureInfo.InvariantCulture, Vietnamese), null);
    private static readonly RequestCultureFeature InEnglish = new(new RequestCulture(CultureInfo.InvariantCulture, English), null);

    public static RequestLocalizationOptions Localization() => new()
    {
        DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Vietnamese),
        SupportedCultures = [CultureInfo.InvariantCulture],
        SupportedUICultures = [Vietnamese, English],
        FallBackToParentUICultures = true,
    };

    private readonly RequestDelegate _next;
    private readonly RequestLocalizationMiddleware _full;

    public RequestLanguage(RequestDelegate next, ILoggerFactory loggers)
    {
        _next = next;
        _full = new RequestLocalizationMiddleware(http =>
        {
            SetBothLanguages(http);
            return next(http);
        }, Options.Create(Localization()), loggers);
    }

    public Task Invoke(HttpContext http)
    {
        var request = http.Request;
        var header = request.Headers.AcceptLanguage;
        CultureInfo ui;
        if (header.Count == 0) ui = Vietnamese;
        else if (header.Count == 1 && string.Equals(header[0], "vi", StringComparison.OrdinalIgnoreCase)) ui = Vietnamese;
        else if (header.Count == 1 && string.Equals(header[0], "en", StringComparison.OrdinalIgnoreCase)) ui = English;
        else return _full.Invoke(http);
        // The request localization's other providers: a culture named in the query string or the culture cookie.
        if (request.QueryString.HasValue && (request.Query.ContainsKey("culture") || request.Query.ContainsKey("ui-culture"))) return _full.Invoke(http);
        if (request.Headers.Cookie.Count > 0 && request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)) return _full.Invoke(http);

        http.Features.Set<IRequestCultureFeature>(ReferenceEquals(ui, English) ? InEnglish : InVietnamese);
        Speak(ui, both: header.Count == 0);
        return _next(http);
    }

    /// <summary>
    /// Sets the request's language where it differs from the flow's, and leaves it set (not restored when the request ends):
    /// Kestrel runs a connection's requests one after another in one flow, so the next request on that connection finds this
    /// one's language and, asking for the same (a portal's, a script's), writes nothing (each async-local write copies the
    /// flow's async-local map: about 0.3 kB a request, issue 19). Every request sets its own here, before anything reads it:
    /// only the request's scope, the proxy headers and the security headers come earlier. Jobs run in flows of their own.
    /// </summary>
    private static void Speak(CultureInfo ui, bool both)
    {
        if (!ReferenceEquals(CultureInfo.CurrentCulture, CultureInfo.InvariantCulture)) CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (!ReferenceEquals(CultureInfo.CurrentUICulture, ui)) CultureInfo.CurrentUICulture = ui;
        if (TextCatalog.BothLanguages != both) TextCatalog.BothLanguages = both;
    }

    private static void SetBothLanguages(HttpContext http)
    {
        // Set only when it changes (an async-local write copies the request's whole async-local map).
        var both = !http.Request.Headers.ContainsKey(HeaderNames.AcceptLanguage);
        if (TextCatalog.BothLanguages != both) TextCatalog.BothLanguages = both;
    }
}

public static class RequestLanguageExtensions
{
    /// <summary>
    /// The request's language (<see cref="RequestLanguage"/>). The process's default cultures become the request's defaults
    /// (invariant formatting, Vietnamese texts), so a request in the default language sets nothing, and work outside requests
    /// (jobs) formats and speaks as a request that names no language would.
    /// </summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = TextCatalog.Vietnamese;
        return app.UseMiddleware<RequestLanguage>();
    }
}
