using Serilog.Core;
using Serilog.Events;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// The in-process API's warnings and errors, with their exceptions, appended to one file (SWC_SERVER_LOG, else
/// server-errors.log beside the tests). A background job that fails says why only in the log; test.sh prints
/// this file when the suite fails. Registered as a Serilog sink (the API reads sinks from its services).
/// </summary>
public sealed class ServerErrorLog : ILogEventSink
{
    private static readonly object Gate = new();

    public static string Path { get; } = Environment.GetEnvironmentVariable("SWC_SERVER_LOG") is { Length: > 0 } path
        ? path
        : System.IO.Path.Combine(AppContext.BaseDirectory, "server-errors.log");

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Warning) return;
        var category = logEvent.Properties.TryGetValue("SourceContext", out var source) ? source.ToString().Trim('"') : "?";
        var line = $"{logEvent.Timestamp.UtcDateTime:HH:mm:ss.fff} {logEvent.Level} {category}: {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)}{Environment.NewLine}"
            + (logEvent.Exception is null ? string.Empty : logEvent.Exception + Environment.NewLine);
        lock (Gate) File.AppendAllText(Path, line);
    }
}
