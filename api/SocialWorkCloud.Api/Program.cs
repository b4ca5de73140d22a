using SocialWorkCloud.Application.Features.Imports;
using SocialWorkCloud.Application.Features.Webhooks;
using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Serilog;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Api.Infrastructure;
using SocialWorkCloud.Api.Seeding;
using SocialWorkCloud.Application.Common.Behaviours;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Application.Common.Validation;
using SocialWorkCloud.Application.Features.Auth;
using SocialWorkCloud.Application.Mail;
using SocialWorkCloud.Application.Persistence;

var builder = WebApplication.CreateBuilder(args);
StartupGuards.EnsureSafeForEnvironment(builder.Environment, builder.Configuration);

builder.AddStructuredLogging();
// No "Server: Kestrel": the stack is nobody's business (SecurityHeaders sets the rest).
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddScoped<TenantScope>();
builder.Services.AddScoped<SocialWorkCloud.Application.Common.Idempotency.IdempotentExecution>();
builder.Services.AddScoped<SocialWorkCloud.Application.Common.Idempotency.IdempotencyPurge>();
builder.Services.AddWebhooks(builder.Environment);
builder.Services.AddImportProgress();
builder.Services.AddIdentityAndTokens(builder.Configuration);
builder.Services.AddScoped<SocialWorkCloud.Application.Common.Security.IRequestOrigin, HttpRequestOrigin>();
builder.Services.AddMediator(options =>
{
    // Transient (issue 19): one request sends one message, so a scope gains nothing from caching the mediator, the handler and
    // the behaviours, and each cached one was an entry in the scope's dictionary. Their scoped dependencies stay per scope.
    options.ServiceLifetime = ServiceLifetime.Transient;
    // Order matters: log and time everything, refuse the unauthorised before validating, validate before opening a transaction.
    options.PipelineBehaviors =
    [
        typeof(LoggingBehaviour<,>),
        typeof(BusinessMetricsBehaviour<,>),
        typeof(AuthorizationBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(TransactionBehaviour<,>),
    ];
});
// Built once (or once per date for those that read the clock), not per request: RequestValidators.
builder.Services.AddRequestValidators(typeof(LoginValidator).Assembly);
// After the mediator and the validators: a request type without a validator, or that no business counter counts, has
// neither behaviour in its pipeline (IdleBehaviours).
builder.Services.LeaveOutIdleBehaviours();
TextRules.UseFieldNamesFromTexts();
MessageFormatters.ReuseForPassedValidations();
builder.Services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer, TextLocalizer>();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemLanguage.Apply);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddStrictJsonBodies();
builder.Services.AddWireCompression();
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
// Malformed bodies and query values raise BadHttpRequestException, which the handler turns into a 400 ProblemDetails.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddBackgroundJobs(builder.Configuration);
builder.Services.AddMail(builder.Configuration);
builder.Services.AddApiDocumentation();
builder.Services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = true; });
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddResilience(builder.Configuration);
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddObservability(builder.Configuration, builder.Environment);
builder.Services.AddDatabaseStartup();
builder.Services.AddScoped<DemoSeeder>();

var app = builder.Build();
if (await app.RunCommandAsync(args)) return;
app.UseCurrentRequest();
app.UseTrustedProxies();
app.UseSecurityHeaders();
// HSTS only in Production (a browser remembers it for a year; Development and tests run over plain HTTP).
if (app.Environment.IsProduction()) app.UseHsts();

// Messages follow Accept-Language (Vietnamese unless the caller asks for English, both when it names none), those the
// exception handler writes included, so this runs first; formatting stays culture-invariant (RequestLanguage).
app.UseRequestLanguage();
// The request log sits outside the exception handler, so it logs the status the client got (a 404 is a
// 404 at Information, not "responded 500" with a stack trace); the handler logs real failures once.
app.UseRequestLogging();
app.UseResponseCompression();
app.UseExceptionHandler();
app.UseStatusCodeProblems();
// Swagger:Enabled (default: on except in Production) serves the OpenAPI document and its UI, both under /swagger: other
// paths skip its two middlewares (each resolved its services and ran a state machine on every API request; issue 19).
if (SwaggerSettings.IsEnabled(app.Configuration, app.Environment))
{
    app.UseWhen(http => http.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase), swagger =>
    {
        swagger.UseSwagger();
        swagger.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "SocialWorkCloud API v1");
            o.DocumentTitle = "SocialWorkCloud API";
        });
    });
}
app.UseDefaultFiles();
app.UsePrecompressedPortalFiles();
app.UseStaticFiles(PortalFiles.Options);
app.UseAccessTokenAuthentication();
app.UseSignedInAuthorization();
app.UseLimits();
app.UseResilience();

app.UseBackgroundJobs();

app.MapApiV1();
// The pipeline benchmark (tests/SocialWorkCloud.Benchmarks, run-pipeline-benchmark.sh) divides this counter's delta
// by the requests wrk made; off unless Diagnostics:AllocationCounter is set, and never in the OpenAPI document.
if (app.Configuration.GetValue<bool>("Diagnostics:AllocationCounter"))
{
    app.MapGet("/debug/allocations", () => TypedResults.Ok(new { allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) })).ExcludeFromDescription();
}
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
// The web portal's client-side routes (/facilities/…, /province) get its index.html; API, Swagger, jobs and
// health paths keep their own 404s, and a missing file (a stale /assets/x.js) is a 404, not a page.
app.MapFallbackToFile("{*path:nonfile:regex(^(?!(api|swagger|hangfire|health)(/|$)).*$)}", "index.html", PortalFiles.Options);

await app.RunAsync();

/// <summary>Entry point; public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
