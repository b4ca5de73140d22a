using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Stands where <c>UseStatusCodePages()</c> stood and answers as it did: an error status (400–599) that went out with no body
/// (no body started, no Content-Length, no Content-Type) gets the ProblemDetails of that status through
/// <see cref="IProblemDetailsService"/> (ProblemLanguage adds the code and the language), or the framework's plain-text line
/// when the caller accepts no JSON. The same opt-outs: <see cref="ISkipStatusCodePagesMetadata"/> on the endpoint (before or
/// after the request, as the framework checks it) and <see cref="IStatusCodePagesFeature.Enabled"/> set to false downstream.
/// Left out is only what ASP.NET Core 10 added for Blazor's re-executed pages (the options' path format in
/// <c>HttpContext.Items</c> for the request's length), which nothing here reads: the framework's middleware wrote it on every
/// request, and that write made the request's item dictionary (about 0.4 kB a request with its state machine; issue 19).
/// </summary>
public sealed class StatusCodeProblems(RequestDelegate next)
{
    public Task Invoke(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        var feature = new StatusCodePagesFeature { Enabled = !Skips(endpoint) };
        http.Features.Set<IStatusCodePagesFeature>(feature);
        var task = next(http);
        if (!task.IsCompletedSuccessfully) return AfterAsync(task, http, feature, endpoint is null);
        return NeedsBody(http, feature, endpoint is null) ? WriteAsync(http) : Task.CompletedTask;
    }

    private static async Task AfterAsync(Task request, HttpContext http, StatusCodePagesFeature feature, bool endpointWasUnknown)
    {
        await request;
        if (NeedsBody(http, feature, endpointWasUnknown)) await WriteAsync(http);
    }

    private static bool Skips(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<ISkipStatusCodePagesMetadata>() is not null;

    private static bool NeedsBody(HttpContext http, StatusCodePagesFeature feature, bool endpointWasUnknown)
    {
        var response = http.Response;
        // Cheapest first: a success (every request's usual answer) is decided on its status.
        if (response.StatusCode is < 400 or >= 600) return false;
        if (!feature.Enabled) return false;
        // A middleware further on may have chosen the endpoint; its metadata may opt out too.
        if (endpointWasUnknown && Skips(http.GetEndpoint())) return false;
        return !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType);
    }

    /// <summary>StatusCodePagesOptions' default handler.</summary>
    private static async Task WriteAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var problems = http.RequestServices.GetService<IProblemDetailsService>();
        if (problems is not null && await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = { Status = status } })) return;
        var reason = ReasonPhrases.GetReasonPhrase(status);
        http.Response.ContentType = "text/plain";
        // The framework's text, its 500 trailing spaces included (they kept old browsers from showing their own page).
        await http.Response.WriteAsync(string.Format(CultureInfo.InvariantCulture, "Status Code: {0}{1}{2}{3}",
            status, string.IsNullOrWhiteSpace(reason) ? "" : "; ", reason, new string(' ', 500)));
    }
}

public static class StatusCodeProblemsExtensions
{
    /// <summary>In place of <c>UseStatusCodePages()</c>: see <see cref="StatusCodeProblems"/>.</summary>
    public static IApplicationBuilder UseStatusCodeProblems(this IApplicationBuilder app) => app.UseMiddleware<StatusCodeProblems>();
}
