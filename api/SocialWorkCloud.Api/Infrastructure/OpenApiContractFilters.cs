using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using SocialWorkCloud.Application.Common.Endpoints;
using SocialWorkCloud.Application.Common.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// What each operation really needs and answers, read from its endpoint metadata (issue 19): a bearer
/// token only where the endpoint requires authorisation (/auth/* and /public/* need none); file
/// downloads' 200 with their content types; 429 with Retry-After where a rate limit applies; a
/// description for every operation.
/// </summary>
internal sealed class OperationContractFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAllowAnonymous>().Any() && metadata.OfType<IAuthorizeData>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] }];
        }
        operation.Responses ??= [];
        if (metadata.OfType<FileResponse>().LastOrDefault() is { } file)
        {
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "The file, with Content-Disposition naming it.",
                Content = file.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                }),
            };
        }
        if (metadata.OfType<FormLimits>().LastOrDefault() is { } form)
        {
            // Form fields (multipart, urlencoded) bounded by what the handler enforces; a file part's maxLength is its size in bytes.
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                foreach (var (name, property) in media.Schema?.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (property is OpenApiSchema field && form.MaxLengths.TryGetValue(name, out var max)) field.MaxLength = (int)Math.Min(max, int.MaxValue);
                }
            }
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            var tooMany = operation.Responses.TryGetValue("429", out var existing) && existing is OpenApiResponse r ? r : null;
            if (tooMany is null)
            {
                tooMany = new OpenApiResponse
                {
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
                    },
                };
                operation.Responses["429"] = tooMany;
            }
            tooMany.Description = "Too many requests from this address: wait the seconds Retry-After gives.";
            tooMany.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the next attempt.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                },
            };
        }
        if (string.IsNullOrWhiteSpace(operation.Description) && !string.IsNullOrWhiteSpace(operation.Summary))
        {
            operation.Description = operation.Summary + ".";
        }
        var idempotent = IdempotentOperations.AppliesTo(metadata);
        if (idempotent) DocumentIdempotencyKey(operation, context);
        DocumentErrorCodes(operation, context, idempotent);
    }

    /// <summary>
    /// Each 4xx response lists the codes this operation can answer with (<c>x-error-codes</c>, and in its
    /// description): the ones its code throws (ErrorCodeAnalysis) plus the pipeline's own for the status.
    /// </summary>
    private static void DocumentErrorCodes(OpenApiOperation operation, OperationFilterContext context, bool idempotent)
    {
        var codes = new Dictionary<int, SortedSet<string>>();
        void Add(int status, params string[] add)
        {
            if (!codes.TryGetValue(status, out var set)) codes[status] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.UnionWith(add);
        }
        var loose = new SortedSet<string>(StringComparer.Ordinal);
        if (context.MethodInfo is { } method)
        {
            foreach (var (status, derived) in ErrorCodeAnalysis.For(method))
            {
                if (status == ErrorCodeAnalysis.Loose) loose.UnionWith(derived);
                else Add(status, [.. derived]);
            }
        }
        // Codes handed back as values (a sign-in outcome) go with every failure status the endpoint declares beyond 400/404.
        foreach (var key in operation.Responses!.Keys.Where(k => k.StartsWith('4') && k is not ("400" or "404")).ToList())
        {
            if (loose.Count > 0) Add(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture), [.. loose]);
        }
        // TypedResults.Problem without a code gets the status's generic one (ProblemLanguage).
        if (context.MethodInfo?.ReturnType.ToString().Contains(nameof(Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult), StringComparison.Ordinal) == true)
        {
            foreach (var key in operation.Responses.Keys.Where(k => k.StartsWith('4')).ToList())
            {
                var status = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
                Add(status, ProblemDetailsExceptionHandler.CodeForStatus(status));
            }
        }
        // A query or body the API cannot read, or one its validators refuse.
        Add(StatusCodes.Status400BadRequest, "malformed-request", "validation-failed");
        if (operation.RequestBody is not null) Add(StatusCodes.Status400BadRequest, "unknown-property");
        if (operation.Security is { Count: > 0 })
        {
            Add(StatusCodes.Status401Unauthorized, "token-required", "token-invalid");
            Add(StatusCodes.Status403Forbidden, "forbidden");
            // API clients are held to a per-minute quota on every endpoint that needs a token (RateLimitSetup's global limiter).
            Add(StatusCodes.Status429TooManyRequests, "too-many-requests");
        }
        if (operation.Responses!.ContainsKey("429")) Add(StatusCodes.Status429TooManyRequests, "too-many-requests");
        if (idempotent)
        {
            Add(StatusCodes.Status400BadRequest, "idempotency-key-invalid");
            Add(StatusCodes.Status409Conflict, "idempotency-key-in-use");
            Add(StatusCodes.Status422UnprocessableEntity, "idempotency-key-body-mismatch");
        }
        foreach (var (key, declared) in operation.Responses.Where(r => r.Key.StartsWith('4')).ToList())
        {
            var status = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
            if (codes.ContainsKey(status)) continue;
            // A 409 the endpoint declares is the database's: a stale version or a duplicate key (ProblemDetailsExceptionHandler).
            if (status == StatusCodes.Status409Conflict) Add(status, "duplicate", "stale-version");
            // A status nothing in the operation can produce (the group-wide 404 of a list) is not promised.
            else operation.Responses.Remove(key);
        }
        // Any write can meet a stale version or a duplicate key (ProblemDetailsExceptionHandler maps both to 409).
        if (codes.ContainsKey(StatusCodes.Status409Conflict)) Add(StatusCodes.Status409Conflict, "duplicate", "stale-version");
        foreach (var (status, list) in codes.OrderBy(c => c.Key))
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var existing) || existing is not OpenApiResponse response)
            {
                response = new OpenApiResponse
                {
                    Description = ReasonPhrases.GetReasonPhrase(status),
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
                    },
                };
                operation.Responses[key] = response;
            }
            response.Extensions ??= new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal);
            response.Extensions[ErrorCodesExtension] = new JsonNodeExtension(new JsonArray([.. list.Select(c => (JsonNode)JsonValue.Create(c))]));
            var description = response.Description is { Length: > 0 } d ? d.TrimEnd('.') : ReasonPhrases.GetReasonPhrase(status);
            response.Description = $"{description}. Codes: {string.Join(", ", list.Select(c => "`" + c + "`"))}.";
        }
    }

    /// <summary>The response extension listing an operation's codes for that status (the contract test holds the API to it).</summary>
    public const string ErrorCodesExtension = "x-error-codes";

    /// <summary>The header the idempotency filter reads, and the answers it adds (422 another request under the key, 409 its twin still running).</summary>
    private static void DocumentIdempotencyKey(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyFilter.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = $"Optional: a key unique to this request (e.g. a UUID, at most {IdempotencyFilter.MaxKeyLength} characters). The same key and request "
                + "within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; "
                + "the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits "
                + "for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyFilter.MaxKeyLength },
        });
        foreach (var status in new[] { "409", "422" })
        {
            if (operation.Responses!.ContainsKey(status)) continue;
            operation.Responses[status] = new OpenApiResponse
            {
                Description = status == "409" ? "Conflict" : "Unprocessable Content",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
                },
            };
        }
    }
}

/// <summary>Every tag an operation uses is declared once at the top, sorted (Spectral: operation-tag-defined).</summary>
internal sealed class DeclaredTagsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var names = swaggerDoc.Paths.Values
            .SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Operations?.Values ?? [])
            .SelectMany(o => (IEnumerable<OpenApiTagReference>?)o.Tags ?? [])
            .Select(t => t.Name)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        swaggerDoc.Tags = new HashSet<OpenApiTag>(names.Select(n => new OpenApiTag { Name = n, Description = n + "." }));
    }
}

/// <summary>
/// A nullable reference property is <c>allOf: [$ref]</c> + <c>nullable: true</c>; OpenAPI 3.0.3 lets
/// <c>nullable</c> stand only beside a <c>type</c>, so the referenced schema's type is repeated there.
/// </summary>
internal sealed class NullableReferenceTypeFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null) return;
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            foreach (var property in (schema.Properties?.Values ?? []).OfType<OpenApiSchema>())
            {
                if (property.AllOf is not { Count: 1 } || property.AllOf[0] is not OpenApiSchemaReference reference) continue;
                if (reference.Reference.Id is not { } id || !schemas.TryGetValue(id, out var target) || target.Type is not { } type) continue;
                property.Type = (property.Type ?? 0) | type;
            }
        }
    }
}

/// <summary>
/// A string of a fixed-shape format has a length the API never exceeds in either direction (OWASP
/// api4 string-limit): a UUID is 36 characters ("D" form), a date 10, a date-time at most 35
/// (seven fraction digits and an offset).
/// </summary>
internal sealed class FormatLengthFilter : IDocumentFilter
{
    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal) { ["uuid"] = 36, ["date"] = 10, ["date-time"] = 35 };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var seen = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in swaggerDoc.Components?.Schemas?.Values ?? []) Visit(schema, seen);
        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Operations?.Values ?? []))
        {
            foreach (var parameter in operation.Parameters ?? []) Visit(parameter.Schema, seen);
            foreach (var media in operation.RequestBody?.Content?.Values ?? []) Visit(media.Schema, seen);
            foreach (var response in (IEnumerable<IOpenApiResponse>?)operation.Responses?.Values ?? [])
            {
                foreach (var media in response.Content?.Values ?? []) Visit(media.Schema, seen);
            }
        }
    }

    private static void Visit(IOpenApiSchema? node, HashSet<OpenApiSchema> seen)
    {
        if (node is not OpenApiSchema schema || !seen.Add(schema)) return;
        if (schema.Type is { } t && t.HasFlag(JsonSchemaType.String) && schema.MaxLength is null && schema.Format is { } format && Lengths.TryGetValue(format, out var length))
        {
            schema.MaxLength = length;
        }
        foreach (var property in schema.Properties?.Values ?? []) Visit(property, seen);
        foreach (var part in schema.AllOf ?? []) Visit(part, seen);
        foreach (var part in schema.OneOf ?? []) Visit(part, seen);
        foreach (var part in schema.AnyOf ?? []) Visit(part, seen);
        Visit(schema.Items, seen);
        Visit(schema.AdditionalProperties, seen);
    }
}
