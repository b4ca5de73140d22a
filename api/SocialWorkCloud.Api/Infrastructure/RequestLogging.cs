using System.Diagnostics;
using Serilog;
using Serilog.Events;
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

    /// <summary>Runs before <c>UseExceptionHandler</c>, so the handler's answer is what gets logged.</summary>
    public static IApplicationBuilder UseRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            // This host's own logger, not the static Log.Logger that the last host built in the process replaces.
            o.Logger = app.Services.GetService<Serilog.ILogger>();
            o.MessageTemplate = MessageTemplate;
            o.GetLevel = Level;
            // Read from the request at logging time, not through the diagnostic context's async-local collector,
            // which can miss when several hosts share a process (the integration tests).
            o.GetMessageTemplateProperties = Properties;
        });

    public static LogEventLevel Level(HttpContext http, double elapsedMs, Exception? exception)
    {
        if (http.RequestAborted.IsCancellationRequested && exception is null or OperationCanceledException) return LogEventLevel.Information;
        return exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : LogEventLevel.Information;
    }

    private static IEnumerable<LogEventProperty> Properties(HttpContext http, string path, double elapsedMs, int statusCode)
    {
        var user = http.RequestServices.GetService<ICurrentUser>();
        return
        [
            new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue(path)),
            new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsedMs)),
            // The same trace id the ProblemDetails answer and the exception handler's log carry.
            new LogEventProperty("TraceId", new ScalarValue(Activity.Current?.Id ?? http.TraceIdentifier)),
            new LogEventProperty("UserId", new ScalarValue(user?.UserId)),
            new LogEventProperty("FacilityId", new ScalarValue(user?.FacilityId)),
        ];
    }
}
