using System.Diagnostics;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Exceptions;
using SocialWorkCloud.Application.Common.Texts;
using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// The one place failures become RFC 9457 ProblemDetails with a trace id and a stable machine
/// <c>code</c>; titles and details come from the resources in the caller's language. Clients never see
/// a stack trace; an unexpected failure is logged with the trace id they are given.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        var traceId = TraceIdOf(httpContext);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled failure {TraceId} on {Method} {Path}", traceId, httpContext.Request.Method, httpContext.Request.Path);
        }
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // An outage, not a fault: the client (and the balancer) may retry shortly; logged once, without the stack.
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
            logger.LogWarning("Database unavailable {TraceId} on {Method} {Path}: {Reason}", traceId, httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        }
        problem.Instance = httpContext.Request.Path;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// The id a caller quotes and the logs carry: the request's W3C trace id (32 hex digits), which every log line of the
    /// request has as its trace id, else the server's request id. Not the activity's full id ("00-trace-span-flags"): that
    /// string was made for every request only to be logged on the request's line (about 0.14 kB; issue 19).
    /// </summary>
    public static string TraceIdOf(HttpContext http) => Activity.Current is { } activity ? activity.TraceId.ToHexString() : http.TraceIdentifier;

    /// <summary>What a 503 tells the caller to wait before retrying (seconds).</summary>
    public const string RetryAfterSeconds = "5";

    public static ProblemDetails Map(Exception exception) => exception switch
    {
        // Before the cancellation case: a timeout of the database surfaces as a cancelled or timed-out command.
        _ when TransientFailures.IsTransient(exception) => DatabaseUnavailable(),
        ValidationException v => Validation(v),
        BadHttpRequestException b => Malformed(b),
        UnauthenticatedException u => Coded(StatusCodes.Status401Unauthorized, u, "unauthenticated"),
        ForbiddenException f => Coded(StatusCodes.Status403Forbidden, f, "forbidden"),
        NotFoundException n => Coded(StatusCodes.Status404NotFound, n, "not-found"),
        ConflictException c => WithExtensions(Coded(StatusCodes.Status409Conflict, c, "conflict"), c.Extensions),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "stale-version", TextCatalog.Get("stale-version"), "conflict"),
        DbUpdateException d when IsUniqueViolation(d) => Problem(StatusCodes.Status409Conflict, "duplicate", TextCatalog.Get("duplicate"), "conflict"),
        BusinessRuleException r => Coded(StatusCodes.Status422UnprocessableEntity, r, "business-rule"),
        DomainRuleException r => Problem(StatusCodes.Status422UnprocessableEntity, r.Code, TextCatalog.Get(r.Code, [.. r.Args]), "business-rule"),
        OperationCanceledException => Problem(499, "request-cancelled", TextCatalog.Get("request-cancelled")),
        _ => Problem(StatusCodes.Status500InternalServerError, "internal-error", TextCatalog.Get("internal-error")),
    };

    public static ProblemDetails DatabaseUnavailable() =>
        Problem(StatusCodes.Status503ServiceUnavailable, "database-unavailable", TextCatalog.Get("database-unavailable"), "service-unavailable");

    /// <summary>Writes a ProblemDetails answer from middleware that runs outside the exception handler (401 challenge, 429).</summary>
    public static Task WriteAsync(HttpContext http, int status, string code, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = Problem(status, code, detail),
        }).AsTask();
    }

    /// <summary>The generic code of an HTTP status, for answers no exception produced (status-code pages, TypedResults.Problem).</summary>
    public static string CodeForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "malformed-request",
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status422UnprocessableEntity => "business-rule",
        StatusCodes.Status429TooManyRequests => "too-many-requests",
        499 => "request-cancelled",
        StatusCodes.Status503ServiceUnavailable => "service-unavailable",
        >= 500 => "internal-error",
        _ => "http-" + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static ValidationProblemDetails Validation(ValidationException v)
    {
        var problem = new ValidationProblemDetails(v.Errors
                .GroupBy(e => JsonPath(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = TextCatalog.Get("title.validation-failed"),
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        };
        problem.Extensions["code"] = "validation-failed";
        return problem;
    }

    private static ProblemDetails Coded(int status, CodedException exception, string titleKey) =>
        Problem(status, exception.Code, TextCatalog.Get(exception.Code, [.. exception.Args]), titleKey);

    private static ProblemDetails Problem(int status, string code, string? detail, string? titleKey = null)
    {
        var title = TextCatalog.Get("title." + (titleKey ?? CodeForStatus(status)));
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://httpstatuses.io/{status}" };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        return problem;
    }

    /// <summary>
    /// A unique-key race (two inserts of one natural key) is a 409 the caller can act on; any other
    /// database failure (a foreign key, a check, a lost connection) is ours: a 500 with a trace id.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        // Cannot insert duplicate key row (2601) / violation of a unique or primary key constraint (2627).
        SqlException m => m.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>
    /// A body or query value the API cannot read: the field it concerns goes in <c>errors</c> as a
    /// validation failure would, and the text says what was expected in words, never a C# type name.
    /// </summary>
    private static ProblemDetails Malformed(BadHttpRequestException b)
    {
        string code, detail;
        string? field = null;
        if (b.InnerException is JsonException json)
        {
            var unmapped = UnmappedProperty().Match(json.Message);
            var path = json.Path is { Length: > 1 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
            if (unmapped.Success)
            {
                field = path is not null && !path.EndsWith(unmapped.Groups[1].Value, StringComparison.Ordinal) ? path + "." + unmapped.Groups[1].Value : path ?? unmapped.Groups[1].Value;
                (code, detail) = ("unknown-property", TextCatalog.Get("unknown-property", field));
            }
            else if (path is not null && json.Message.Contains("could not be converted", StringComparison.Ordinal))
            {
                field = path;
                (code, detail) = ("malformed-request", TextCatalog.Get("json-value-invalid", field));
            }
            else
            {
                field = path;
                (code, detail) = ("malformed-request", json.Path is { Length: > 0 } at ? TextCatalog.Get("malformed-json-at", at) : TextCatalog.Get("malformed-json"));
            }
        }
        else if (BindFailure().Match(b.Message) is { Success: true } bind)
        {
            field = bind.Groups["name"].Value;
            (code, detail) = ("malformed-request", TextCatalog.Get("query-value-invalid", field, bind.Groups["value"].Value, QueryValues.Expected(bind.Groups["type"].Value)));
        }
        else if (RequiredMissing().Match(b.Message) is { Success: true } missing)
        {
            field = missing.Groups["name"].Value;
            (code, detail) = ("malformed-request", TextCatalog.Get("query-value-required", field, QueryValues.Expected(missing.Groups["type"].Value)));
        }
        else
        {
            (code, detail) = ("malformed-request", TextCatalog.Get("malformed-request"));
        }
        if (field is null) return Problem(b.StatusCode, code, detail);
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [JsonPath(field)] = [detail] })
        {
            Status = b.StatusCode, Title = TextCatalog.Get("title.malformed-request"), Detail = detail, Type = $"https://httpstatuses.io/{b.StatusCode}",
        };
        problem.Extensions["code"] = code;
        return problem;
    }

    [System.Text.RegularExpressions.GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial System.Text.RegularExpressions.Regex UnmappedProperty();

    [System.Text.RegularExpressions.GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[^ \"]+)\" from \"(?<value>.*)\"\\.?$")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    [System.Text.RegularExpressions.GeneratedRegex("^Required parameter \"(?<type>.+) (?<name>[^ \"]+)\" was not provided")]
    private static partial System.Text.RegularExpressions.Regex RequiredMissing();

    /// <summary>"InitialUnit.Status" → "initialUnit.status", matching the JSON field names.</summary>
    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
