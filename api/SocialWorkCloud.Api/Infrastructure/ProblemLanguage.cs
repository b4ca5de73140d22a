using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Our own messages carry the Vietnamese text, then the English one after the separator. A caller that names a language
/// (Accept-Language; the web portal always does) gets only its half, Vietnamese unless it asked for
/// English; a caller that names none — a script, a third-party system — gets both.
/// </summary>
public static class ProblemLanguage
{
    private const string Separator = SocialWorkCloud.Application.Common.Texts.TextCatalog.LanguageSeparator;

    public static void Apply(ProblemDetailsContext context)
    {
        // Every 4xx/5xx carries a machine code, also those no exception produced (status-code pages, TypedResults.Problem).
        var problem0 = context.ProblemDetails;
        // The same trace id on every problem as in the logs, the exception handler's included (ASP.NET Core's default writes the
        // activity's full id).
        problem0.Extensions["traceId"] = ProblemDetailsExceptionHandler.TraceIdOf(context.HttpContext);
        if (!problem0.Extensions.ContainsKey("code"))
            problem0.Extensions["code"] = ProblemDetailsExceptionHandler.CodeForStatus(problem0.Status ?? context.HttpContext.Response.StatusCode);
        if (!context.HttpContext.Request.Headers.ContainsKey(HeaderNames.AcceptLanguage)) return;
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var problem = context.ProblemDetails;
        problem.Title = Pick(problem.Title, english);
        problem.Detail = Pick(problem.Detail, english);
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var key in validation.Errors.Keys.ToList())
                validation.Errors[key] = validation.Errors[key].Select(message => Pick(message, english)!).ToArray();
        }
    }

    public static string? Pick(string? text, bool english)
    {
        var split = text?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (split < 0) return text;
        return english ? text![(split + Separator.Length)..] : text![..split];
    }
}
