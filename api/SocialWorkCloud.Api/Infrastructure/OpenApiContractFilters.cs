using Microsoft.AspNetCore.Authorization;
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
        if (IdempotentOperations.AppliesTo(metadata)) DocumentIdempotencyKey(operation, context);
    }

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
