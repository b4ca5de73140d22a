using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// One log line per request, written outside the exception handler so it carries the status the client
/// really got: a 4xx (and a 499, the client gone) is Information, a 5xx is Error — the exception itself
/// is logged once, by the exception handler, with the same trace id. Each line names the trace id, the
/// user and the facility.
/// </summary>
public static class RequestLogging
{
    public const string MessageTemplate =
        "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms (trace {TraceId}, user {UserId}, facility {FacilityId})";

    /// <summary>The source the line has always named (Serilog.AspNetCore's middleware wrote it before): log queries keep matching.</summary>
    public const string SourceContext = "Serilog.AspNetCore.RequestLoggingMiddleware";

    /// <summary>Runs before <c>UseExceptionHandler</c>, so the handler's answer is what gets logged.</summary>
    public static IApplicationBuilder UseRequestLogging(this WebApplication app)
    {
        // This host's own logger, not the static Log.Logger that the last host built in the process replaces.
        var logger = app.Services.GetService<Serilog.ILogger>() ?? Serilog.Log.Logger;
        return app.UseMiddleware<RequestLogMiddleware>(logger.ForContext(Constants.SourceContextPropertyName, SourceContext));
    }

    public static LogEventLevel Level(HttpContext http, double elapsedMs, Exception? exception)
    {
        if (http.RequestAborted.IsCancellationRequested && exception is null or OperationCanceledException) return LogEventLevel.Information;
        return exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : LogEventLevel.Information;
    }
}

/// <summary>
/// The request log line, as Serilog.AspNetCore's request logging wrote it (same template, properties, order, level, source,
/// trace and span), without what this API never used of it: the diagnostic context (two async-local writes and a dictionary
/// per request) and the properties built as a list and copied into the event's dictionary. The event's dictionary is made
/// once at its final size, and the values that repeat (method, status, the caller's ids) are shared (issue 19).
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, Serilog.ILogger logger)
{
    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse(RequestLogging.MessageTemplate);
    // The template's seven properties and the source (hosting's and Kestrel's scopes add none: CachedLoggers).
    private const int Capacity = 8;
    private static readonly ScalarValue Null = new(null);
    private static readonly ScalarValue[] Methods = [.. new[] { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" }.Select(m => new ScalarValue(m))];
    private static readonly ScalarValue?[] Statuses = new ScalarValue?[600];

    public async Task Invoke(HttpContext http)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        // Never caught (Write returns false): the exception goes on to the host, and the line says 500 with it.
        catch (Exception exception) when (Write(http, start, StatusCodes.Status500InternalServerError, exception))
        {
        }
        Write(http, start, http.Response.StatusCode, null);
    }

    private bool Write(HttpContext http, long start, int statusCode, Exception? exception)
    {
        var elapsedMs = (Stopwatch.GetTimestamp() - start) * 1000 / (double)Stopwatch.Frequency;
        var level = RequestLogging.Level(http, elapsedMs, exception);
        if (!logger.IsEnabled(level)) return false;

        var user = http.RequestServices.GetService<ICurrentUser>();
        var (userId, facilityId) = user is HttpCurrentUser current
            ? current.LogValues()
            : (Value(user?.UserId), Value(user?.FacilityId));
        var activity = Activity.Current;
        var properties = new Dictionary<string, LogEventPropertyValue>(Capacity)
        {
            ["RequestMethod"] = Method(http.Request.Method),
            ["RequestPath"] = new ScalarValue(Path(http)),
            ["StatusCode"] = Status(statusCode),
            ["Elapsed"] = new ScalarValue(elapsedMs),
            // The same trace id the ProblemDetails answer and the exception handler's log carry.
            ["TraceId"] = new ScalarValue(ProblemDetailsExceptionHandler.TraceIdOf(http)),
            ["UserId"] = userId,
            ["FacilityId"] = facilityId,
        };
        logger.Write(LogEvent.UnstableAssembleFromParts(DateTimeOffset.Now, level, exception, Template, properties,
            activity?.TraceId ?? default, activity?.SpanId ?? default));
        return false;
    }

    internal static ScalarValue Value(Guid? id) => id is { } value ? new ScalarValue(value) : Null;

    /// <summary>The path as the server received it (not rewritten by later middleware), as Serilog.AspNetCore logged it.</summary>
    private static string Path(HttpContext http)
    {
        var path = http.Features.Get<IHttpRequestFeature>()?.Path;
        return string.IsNullOrEmpty(path) ? http.Request.Path.ToString() : path;
    }

    private static ScalarValue Method(string method)
    {
        foreach (var known in Methods)
        {
            if (string.Equals((string)known.Value!, method, StringComparison.Ordinal)) return known;
        }
        return new ScalarValue(method);
    }

    private static ScalarValue Status(int status)
    {
        if ((uint)status >= (uint)Statuses.Length) return new ScalarValue(status);
        return Statuses[status] ??= new ScalarValue(status);
    }
}
