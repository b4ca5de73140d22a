using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SocialWorkCloud.Application.Common.Texts;

namespace SocialWorkCloud.Application.Common.Endpoints;

/// <summary>An endpoint that answers 200 with a file (a PDF, a workbook, a scan) in one of these content types; the OpenAPI document says so.</summary>
public sealed record FileResponse(IReadOnlyList<string> ContentTypes);

public static class FileResponses
{
    public const string Pdf = "application/pdf";
    public const string Excel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static readonly string[] Scans = [Pdf, "image/jpeg", "image/png"];

    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new FileResponse(contentTypes));
}

/// <summary>
/// The largest form fields an endpoint accepts (field name → characters, or bytes for a file part), which the
/// handler enforces; the OpenAPI document states them as maxLength on the form's properties (issue 19).
/// </summary>
public sealed record FormLimits(IReadOnlyDictionary<string, long> MaxLengths);

public static class FormLimitExtensions
{
    public static RouteHandlerBuilder WithFormLimits(this RouteHandlerBuilder builder, params (string Field, long MaxLength)[] limits) =>
        builder.WithMetadata(new FormLimits(limits.ToDictionary(l => l.Field, l => l.MaxLength, StringComparer.Ordinal)));
}

/// <summary>
/// What a query value must look like, in words (never a C# type name), and the refusal of enum values
/// given as numbers: the document lists names, and <c>Enum.TryParse</c> would take "0" or "99".
/// </summary>
public static class QueryValues
{
    private static readonly Lazy<Dictionary<string, Type>> Enums = new(() => AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => a.GetName().Name?.StartsWith("SocialWorkCloud", StringComparison.Ordinal) == true)
        .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum)
        .GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    /// <summary>"Nullable&lt;CaseStage&gt;", "Guid", "int" → "one of: Intake, Assessment, …", "an identifier (UUID)", "a whole number".</summary>
    public static string Expected(string csharpType)
    {
        var name = csharpType.StartsWith("Nullable<", StringComparison.Ordinal) ? csharpType[9..^1] : csharpType.TrimEnd('?');
        return name switch
        {
            "Guid" => TextCatalog.Get("expected.uuid"),
            "DateOnly" => TextCatalog.Get("expected.date"),
            "DateTime" or "DateTimeOffset" => TextCatalog.Get("expected.date-time"),
            "int" or "Int32" or "long" or "Int64" or "short" or "Int16" => TextCatalog.Get("expected.integer"),
            "decimal" or "Decimal" or "double" or "Double" => TextCatalog.Get("expected.number"),
            "bool" or "Boolean" => TextCatalog.Get("expected.boolean"),
            _ when Enums.Value.TryGetValue(name, out var type) => Expected(type),
            _ => TextCatalog.Get("expected.value"),
        };
    }

    public static string Expected(Type enumType) => TextCatalog.Get("expected.one-of", string.Join(", ", Enum.GetNames(enumType)));

    /// <summary>Refuses an enum query value given as a number (400 naming the parameter); other endpoints pass untouched.</summary>
    public static EndpointFilterDelegate RefuseNumericEnums(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var enums = context.MethodInfo.GetParameters()
            .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).IsEnum && p.GetCustomAttribute<FromBodyAttribute>() is null)
            .Select(p => (Name: p.Name!, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .ToArray();
        if (enums.Length == 0) return next;
        return invocation =>
        {
            var query = invocation.HttpContext.Request.Query;
            foreach (var (name, type) in enums)
            {
                foreach (var value in query[name])
                {
                    if (value is { Length: > 0 } && (char.IsAsciiDigit(value[0]) || value[0] is '-' or '+'))
                    {
                        throw new ValidationException([new ValidationFailure(name, TextCatalog.Get("query-value-invalid", name, value, Expected(type))) { ErrorCode = "query-value-invalid" }]);
                    }
                }
            }
            return next(invocation);
        };
    }
}
