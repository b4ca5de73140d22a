using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;
using SocialWorkCloud.Api.Infrastructure;

namespace SocialWorkCloud.UnitTests.Infrastructure;

public class ConsoleLinesTests
{
    private static LogEvent Event(string template, Exception? exception = null, params (string Name, object? Value)[] properties) =>
        new(new DateTimeOffset(2026, 12, 7, 10, 30, 8, TimeSpan.Zero), LogEventLevel.Information, exception, new MessageTemplateParser().Parse(template),
            properties.Select(p => new LogEventProperty(p.Name, new ScalarValue(p.Value))));

    private static string Expected(Serilog.Formatting.ITextFormatter formatter, LogEvent e)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        formatter.Format(e, text);
        return text.ToString();
    }

    private static string Written(Serilog.Formatting.ITextFormatter formatter, params LogEvent[] events)
    {
        using var output = new MemoryStream();
        var sink = new ConsoleLines(formatter, output);
        foreach (var e in events) sink.Emit(e);
        return new UTF8Encoding(false).GetString(output.ToArray());
    }

    [Fact]
    public void Text_lines_are_the_console_sinks_own_layout()
    {
        var formatter = ConsoleLines.ConsoleText(ObservabilitySetup.TextTemplate, CultureInfo.InvariantCulture);
        formatter.GetType().FullName.ShouldBe("Serilog.Sinks.SystemConsole.Output.OutputTemplateRenderer");
        var user = Guid.Parse("d0c17db2-f604-46f1-9e96-8d2831c94e4f");
        var line = Event(RequestLogging.MessageTemplate, null, ("RequestMethod", "GET"), ("RequestPath", "/api/v1/me"), ("StatusCode", 200),
            ("Elapsed", 1.5), ("TraceId", "00-abc-def-01"), ("UserId", user), ("FacilityId", null), ("SourceContext", RequestLogging.SourceContext));

        // A Guid unquoted, as the console sink wrote it (Serilog's MessageTemplateTextFormatter would quote it).
        Written(formatter, line).ShouldBe(
            "[10:30:08 INF] Serilog.AspNetCore.RequestLoggingMiddleware: HTTP GET /api/v1/me responded 200 in 1.5000 ms (trace 00-abc-def-01, user "
            + user + ", facility null)" + Environment.NewLine);
    }

    [Fact]
    public void Each_event_is_written_whole_in_utf8_however_long()
    {
        var formatter = new RenderedCompactJsonFormatter();
        // Vietnamese text (2- and 3-byte characters), an emoji (a surrogate pair) and a stack trace long enough to cross the byte buffer.
        var long1 = string.Concat(Enumerable.Repeat("Bệnh viện Đa khoa tỉnh Thanh Hóa 🏥 ", 900));
        Exception thrown;
        try { throw new InvalidOperationException(long1); }
        catch (InvalidOperationException e) { thrown = e; }
        var events = new[]
        {
            Event("Xin chào {Name}", null, ("Name", "Lê Văn Minh")),
            Event("Failed {What}", thrown, ("What", long1)),
            Event("After {N}", null, ("N", 3)),
        };

        Written(formatter, events).ShouldBe(string.Concat(events.Select(e => Expected(formatter, e))));
    }

    [Fact]
    public void The_signed_in_shortcut_is_off_when_another_authorization_handler_is_registered()
    {
        var services = new ServiceCollection().AddLogging().AddAuthorization();
        using (var plain = services.BuildServiceProvider()) SignedInPolicyEvaluator.OnlyBuiltInAuthorization(plain).ShouldBeTrue();
        services.AddSingleton<IAuthorizationHandler, RefuseAll>();
        using var extra = services.BuildServiceProvider();
        SignedInPolicyEvaluator.OnlyBuiltInAuthorization(extra).ShouldBeFalse();
    }

    private sealed class RefuseAll : AuthorizationHandler<DenyAnonymousAuthorizationRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DenyAnonymousAuthorizationRequirement requirement)
        {
            context.Fail();
            return Task.CompletedTask;
        }
    }
}

public class ConsoleLinesReentryTests
{
    /// <summary>A value whose rendering logs through the same sink (its own line comes out whole, before the outer one).</summary>
    private sealed class Noisy(Action log)
    {
        public override string ToString()
        {
            log();
            return "noisy";
        }
    }

    [Fact]
    public void An_event_logged_while_another_is_formatted_does_not_corrupt_it()
    {
        using var output = new MemoryStream();
        var formatter = new Serilog.Formatting.Display.MessageTemplateTextFormatter("{Message:l}{NewLine}", System.Globalization.CultureInfo.InvariantCulture);
        var sink = new ConsoleLines(formatter, output);
        var parser = new Serilog.Parsing.MessageTemplateParser();
        LogEvent Make(string template, object value) => new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, parser.Parse(template),
            [new LogEventProperty("V", new ScalarValue(value))]);
        sink.Emit(Make("outer {V} done", new Noisy(() => sink.Emit(Make("inner {V}", 1)))));
        System.Text.Encoding.UTF8.GetString(output.ToArray()).ShouldBe("inner 1" + Environment.NewLine + "outer noisy done" + Environment.NewLine);
    }
}
