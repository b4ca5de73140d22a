using System.Globalization;
using System.Reflection;
using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Sinks.SystemConsole.Themes;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Log events to standard output as the formatter writes them, one write per event, like Serilog's console sink without a
/// theme — but formatted into a buffer each thread keeps from event to event and encoded into one shared byte buffer, where
/// the console sink builds a new string (and grows a new buffer) for every event (issue 19: most of the request log line's cost).
/// </summary>
public sealed class ConsoleLines(ITextFormatter formatter, Stream? output = null) : ILogEventSink
{
    /// <summary>A buffer that grew past this (a long stack trace) is let go rather than kept for the thread's next event.</summary>
    private const int KeptChars = 16 * 1024;
    private static readonly Lock Sync = new();
    private static readonly Encoder Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private static readonly byte[] Bytes = new byte[8 * 1024];
    private static readonly Lazy<Stream> StandardOutput = new(Console.OpenStandardOutput);

    [ThreadStatic] private static StringWriter? t_text;
    [ThreadStatic] private static bool t_busy;

    private readonly Stream? _output = output;

    /// <summary>
    /// The console sink's own text renderer with no theme — exactly what it writes to redirected output — so the text lines read
    /// as before (Serilog's MessageTemplateTextFormatter differs: in <c>{Message:lj}</c> it writes a Guid or a bool as JSON).
    /// The renderer is internal to Serilog.Sinks.Console; without it (a version that moved it) the core formatter stands in.
    /// </summary>
    public static ITextFormatter ConsoleText(string outputTemplate, IFormatProvider formatProvider)
    {
        var renderer = typeof(Serilog.ConsoleLoggerConfigurationExtensions).Assembly.GetType("Serilog.Sinks.SystemConsole.Output.OutputTemplateRenderer");
        return renderer is not null
            && Activator.CreateInstance(renderer, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null,
                [ConsoleTheme.None, outputTemplate, formatProvider], CultureInfo.InvariantCulture) is ITextFormatter formatter
            ? formatter
            : new MessageTemplateTextFormatter(outputTemplate, formatProvider);
    }

    public void Emit(LogEvent logEvent)
    {
        // An event logged while this thread formats one (a value's ToString that logs) gets a buffer of its own.
        var reentered = t_busy;
        var text = reentered ? new StringWriter(CultureInfo.InvariantCulture) : t_text ??= new StringWriter(new StringBuilder(1024), CultureInfo.InvariantCulture);
        var chars = text.GetStringBuilder();
        chars.Clear();
        t_busy = true;
        try
        {
            formatter.Format(logEvent, text);
        }
        finally
        {
            t_busy = reentered;
        }
        // Every sink of the process shares the lock and the buffer, as every console sink shares Console.Out: lines never interleave.
        lock (Sync)
        {
            Write(chars, _output ?? StandardOutput.Value);
        }
        if (!reentered && chars.Capacity > KeptChars) t_text = null;
    }

    private static void Write(StringBuilder chars, Stream output)
    {
        Utf8.Reset();
        var used = 0;
        foreach (var chunk in chars.GetChunks())
        {
            var rest = chunk.Span;
            while (!rest.IsEmpty)
            {
                Utf8.Convert(rest, Bytes.AsSpan(used), flush: false, out var read, out var written, out _);
                used += written;
                rest = rest[read..];
                // Room for at least one more character (4 bytes) or the buffer goes out now.
                if (Bytes.Length - used < 8)
                {
                    output.Write(Bytes, 0, used);
                    used = 0;
                }
            }
        }
        Utf8.Convert([], Bytes.AsSpan(used), flush: true, out _, out var tail, out _);
        used += tail;
        if (used > 0) output.Write(Bytes, 0, used);
        output.Flush();
    }
}
