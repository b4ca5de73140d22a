using System.Diagnostics;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Common.Exceptions;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// The one place failures become RFC 9457 ProblemDetails with a trace id. Clients never see a stack
/// trace; an unexpected failure is logged with the trace id they are given.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled failure {TraceId} on {Method} {Path}", traceId, httpContext.Request.Method, httpContext.Request.Path);
        }
        problem.Instance = httpContext.Request.Path;
        problem.Extensions["traceId"] = traceId;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails Map(Exception exception) => exception switch
    {
        ValidationException v => new ValidationProblemDetails(v.Errors
                .GroupBy(e => JsonPath(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Dữ liệu không hợp lệ / One or more fields are invalid.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        },
        BadHttpRequestException b => Problem(b.StatusCode, "Yêu cầu không hợp lệ / The request is malformed.", Describe(b)),
        UnauthenticatedException u => Problem(StatusCodes.Status401Unauthorized, "Chưa xác thực / Authentication required.", u.Message, u.ErrorCode),
        ForbiddenException f => Problem(StatusCodes.Status403Forbidden, "Không có quyền / Forbidden.", f.Message),
        NotFoundException n => Problem(StatusCodes.Status404NotFound, "Không tìm thấy / Not found.", n.Message),
        ConflictException c => WithExtensions(Problem(StatusCodes.Status409Conflict, "Xung đột dữ liệu / Conflict.", c.Message), c.Extensions),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Xung đột dữ liệu / Conflict.",
            "Bản ghi đã được người khác thay đổi; hãy tải lại. / The record was changed by someone else: reload it and try again."),
        DbUpdateException => Problem(StatusCodes.Status409Conflict, "Xung đột dữ liệu / Conflict.",
            "Bản ghi trùng hoặc đã bị thay đổi đồng thời. / A duplicate, or a concurrent change to the same record."),
        BusinessRuleException r => Problem(StatusCodes.Status422UnprocessableEntity, "Không thể thực hiện / A business rule refused the request.", r.Message, r.Rule),
        // Interim until the foundation's coded mapping lands: both texts of the code, picked by language like the legacy messages.
        SocialWorkCloud.Domain.Common.DomainRuleException d => Problem(StatusCodes.Status422UnprocessableEntity, "Không thể thực hiện / A business rule refused the request.",
            SocialWorkCloud.Application.Common.Texts.TextCatalog.Find(d.Code, SocialWorkCloud.Application.Common.Texts.TextCatalog.Vietnamese, [.. d.Args]) + " / "
            + SocialWorkCloud.Application.Common.Texts.TextCatalog.Find(d.Code, SocialWorkCloud.Application.Common.Texts.TextCatalog.English, [.. d.Args]), d.Code),
        OperationCanceledException => Problem(499, "Request cancelled.", null),
        _ => Problem(StatusCodes.Status500InternalServerError, "Lỗi hệ thống / An unexpected error occurred.",
            "Please quote the trace id when reporting this."),
    };

    /// <summary>Writes a ProblemDetails answer from middleware that runs outside the exception handler (401 challenge, 429).</summary>
    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = Problem(status, title, detail),
        }).AsTask();
    }

    private static ProblemDetails Problem(int status, string title, string? detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://httpstatuses.io/{status}" };
        if (code is not null) problem.Extensions["code"] = code;
        return problem;
    }

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        return problem;
    }

    /// <summary>Says which part of a malformed body failed (JSON path), never more of the internals.</summary>
    private static string Describe(BadHttpRequestException b) => b.InnerException switch
    {
        JsonException j => $"The JSON body is invalid{(j.Path is { Length: > 0 } p ? $" at '{p}'" : string.Empty)}.",
        _ => b.Message,
    };

    /// <summary>"InitialUnit.Status" → "initialUnit.status", matching the JSON field names.</summary>
    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
