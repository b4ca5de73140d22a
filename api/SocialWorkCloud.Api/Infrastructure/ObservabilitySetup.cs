using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Hangfire.Common;
using Hangfire.Server;
using Mediator;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Formatting.Compact;
using SocialWorkCloud.Application.Features.Auth;
using SocialWorkCloud.Application.Features.Fundraising;
using SocialWorkCloud.Application.Features.Reception;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>The API's own meter and activity source: business counters and job timings.</summary>
public static class Telemetry
{
    public const string Name = "SocialWorkCloud";
    public static readonly Meter Meter = new(Name);
    public static readonly ActivitySource Source = new(Name);
    public static readonly Counter<long> Receipts = Meter.CreateCounter<long>("swc.receipts", "{receipt}", "Cash and goods receipts recorded");
    public static readonly Counter<long> Tallies = Meter.CreateCounter<long>("swc.tallies", "{entry}", "Reception tally entries recorded");
    public static readonly Counter<long> Logins = Meter.CreateCounter<long>("swc.logins", "{login}", "Sign-ins, by outcome");
    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("swc.jobs.duration", "s", "Background job run time, by job");
    public static readonly Counter<long> JobFailures = Meter.CreateCounter<long>("swc.jobs.failures", "{job}", "Background job runs that threw, by job");
}

/// <summary>Counts the business events after their command succeeded (a rolled-back command counts nothing).</summary>
public sealed class BusinessMetricsBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    /// <summary>
    /// What a request type counts once its command succeeded, chosen once per type: the others (nearly all) pass
    /// straight on, without a state machine per request (issue 19).
    /// </summary>
    private static readonly Action<TMessage, TResponse>? Count = typeof(TMessage) switch
    {
        var t when t == typeof(RecordCashReceipt) => (_, _) => Telemetry.Receipts.Add(1, new KeyValuePair<string, object?>("kind", "cash")),
        var t when t == typeof(RecordGoodsReceipt) => (_, _) => Telemetry.Receipts.Add(1, new KeyValuePair<string, object?>("kind", "goods")),
        var t when t == typeof(RecordTallies) => (message, _) => Telemetry.Tallies.Add(((RecordTallies)(object)message).Entries.Count),
        var t when t == typeof(Login) => (_, response) =>
        {
            if (response is AuthOutcome outcome) Telemetry.Logins.Add(1, new KeyValuePair<string, object?>("outcome", outcome.Error ?? "success"));
        },
        _ => null,
    };

    /// <summary>Whether this request type counts anything: the others leave this behaviour out of their pipeline (<see cref="IdleBehaviours"/>).</summary>
    internal static bool CountsAnything => Count is not null;

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        Count is { } count ? CountAfter(count, message, next, cancellationToken) : next(message, cancellationToken);

    private static async ValueTask<TResponse> CountAfter(Action<TMessage, TResponse> count, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        count(message, response);
        return response;
    }
}

/// <summary>Times every background job run and counts the failures, whichever server (API or worker) runs it.</summary>
public sealed class JobMetricsFilter : JobFilterAttribute, IServerFilter
{
    private const string StartedKey = "swc.started";

    public void OnPerforming(PerformingContext context) => context.Items[StartedKey] = Stopwatch.GetTimestamp();

    public void OnPerformed(PerformedContext context)
    {
        var job = context.BackgroundJob.Job is { } j ? $"{j.Type.Name}.{j.Method.Name}" : "unknown";
        var tag = new KeyValuePair<string, object?>("job", job);
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long t)
        {
            Telemetry.JobDuration.Record(Stopwatch.GetElapsedTime(t).TotalSeconds, tag);
        }
        if (context.Exception is not null && !context.ExceptionHandled) Telemetry.JobFailures.Add(1, tag);
    }
}

public static class ObservabilitySetup
{
    /// <summary>The text lines' layout (outside Production, unless Logging:Format is json).</summary>
    public const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Logs: one JSON object per line in Production (Serilog compact JSON; the trace and span ids of the request
    /// are on every event, so a log line leads to its trace), readable text elsewhere.
    /// </summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        var json = builder.Environment.IsProduction() || string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            // Development keeps Serilog's console sink (colours in a terminal); elsewhere the same text, or the JSON, goes out
            // through ConsoleLines, which does not build a string per event (issue 19).
            if (json) log.WriteTo.Sink(new ConsoleLines(new RenderedCompactJsonFormatter()));
            else if (builder.Environment.IsDevelopment()) log.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, outputTemplate: TextTemplate);
            else log.WriteTo.Sink(new ConsoleLines(ConsoleLines.ConsoleText(TextTemplate, CultureInfo.InvariantCulture)));
        },
        // Each host logs through its own logger, never the static Log.Logger: with several hosts in one process (the
        // integration tests) the static one is the last host's, and the first host stopped closes it for all.
        preserveStaticLogger: true);
        CachedLoggers.Decorate(builder.Services);
        return builder;
    }

    /// <summary>
    /// Traces and metrics (ASP.NET Core, HttpClient, EF Core, Npgsql, runtime, jobs, business counters) over
    /// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the exporter reads the standard OTEL_* variables
    /// (protocol, headers, service name). Without it nothing is collected.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        lock (Telemetry.Meter)
        {
            // Hangfire's filters are process-wide; add ours once (the tests run several hosts in one process).
            if (!Hangfire.GlobalJobFilters.Filters.Any(f => f.Instance is JobMetricsFilter)) Hangfire.GlobalJobFilters.Filters.Add(new JobMetricsFilter());
        }
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return services;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "socialworkcloud-api")
                .AddAttributes([new("deployment.environment.name", environment.EnvironmentName)]))
            .WithTracing(t => t
                .AddSource(Telemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter())
            .WithMetrics(m => m
                .AddMeter(Telemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddOtlpExporter());
        return services;
    }
}

/// <summary>
/// Serilog's logger factory makes a new logger (with its own event-id cache) on every <c>CreateLogger</c>, and the
/// authentication handler, made per request, asks for one each time (issue 19: about 1.4 kB per request). This
/// factory keeps one logger per category, as Microsoft.Extensions.Logging's own factory does.
/// </summary>
public sealed class CachedLoggers(ILoggerFactory inner, bool ownsInner) : ILoggerFactory
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Microsoft.Extensions.Logging.ILogger> _loggers = new(StringComparer.Ordinal);

    /// <summary>The loggers whose scopes are dropped (<see cref="WithoutScopes"/>): hosting's request scope and Kestrel's connection scope.</summary>
    public static readonly IReadOnlySet<string> Unscoped = new HashSet<string>(StringComparer.Ordinal)
    {
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Server.Kestrel",
    };

    public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName,
        static (category, factory) => Unscoped.Contains(category) ? new WithoutScopes(factory.CreateLogger(category)) : factory.CreateLogger(category), inner);

    public void AddProvider(ILoggerProvider provider)
    {
        inner.AddProvider(provider);
        _loggers.Clear();
    }

    /// <summary>Disposes Serilog's factory (flushing the logger) when the container made it, as the container would have.</summary>
    public void Dispose()
    {
        if (ownsInner) inner.Dispose();
    }

    /// <summary>
    /// A logger without scopes. Hosting's request scope and Kestrel's connection scope put RequestId, RequestPath and
    /// ConnectionId on every line logged during a request: about 0.8 kB a request (a scope object and two async-local writes
    /// per request, and the properties made again for each event; issue 19). Every line still carries the request's trace and
    /// span ids (Serilog reads the request's activity), and the request's own line names its method, path, status, user and
    /// facility with the same trace id.
    /// </summary>
    private sealed class WithoutScopes(Microsoft.Extensions.Logging.ILogger inner) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }

    /// <summary>Wraps the registered <see cref="ILoggerFactory"/> (Serilog's) in this cache.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory));
        if (registered is null || registered.IsKeyedService) return;
        services.Remove(registered);
        services.AddSingleton<ILoggerFactory>(sp => registered switch
        {
            { ImplementationInstance: ILoggerFactory instance } => new CachedLoggers(instance, ownsInner: false),
            { ImplementationFactory: { } factory } => new CachedLoggers((ILoggerFactory)factory(sp), ownsInner: true),
            _ => new CachedLoggers((ILoggerFactory)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!), ownsInner: true),
        });
    }
}
