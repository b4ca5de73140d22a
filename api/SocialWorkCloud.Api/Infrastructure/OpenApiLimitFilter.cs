using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using SocialWorkCloud.Application.Persistence;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SocialWorkCloud.Api.Infrastructure;

/// <summary>
/// Size limits on everything the document describes (issue 19, OWASP api4 string/integer/array limits), by
/// rules that keep it true (README design, "OpenAPI lint"):
/// <list type="bullet">
/// <item>A string holding an enum (<c>allOf: [$ref Enum]</c>) is at most as long as the enum's longest name.</item>
/// <item>Request bodies and parameters get nothing here: their limits come from the validators
/// (ValidationSchemaFilter, QueryLimitOperationFilter), which the API enforces.</item>
/// <item>Schemas only ever answered (responses): a string is bounded by the database column it is read from —
/// the longest configured length of an entity property with the same name (the EF model), and where no
/// bounded column has that name, by the request body limit (every stored text arrived in one request);
/// an integer by the range of its format (int64: the I-JSON safe range, ±(2^53 − 1)); the items of a page by the largest page size (200); any other
/// list by the platform's bound (int32), which promises no smaller cap. The contract check validates every
/// integration-test response against the document, so a wrong bound fails a test.</item>
/// </list>
/// </summary>
internal sealed class OpenApiLimitFilter(IServiceProvider services) : IDocumentFilter
{
    /// <summary>Kestrel's default request body limit (bytes), which the API does not raise: the longest text any request can store.</summary>
    internal const int StoredTextBound = 30_000_000;

    /// <summary>The largest pageSize any list accepts (the validators' InclusiveBetween(1, 200)).</summary>
    internal const int MaxPageSize = 200;

    /// <summary>2^53 − 1, the largest integer a JSON number carries exactly everywhere.</summary>
    internal const long MaxSafeInteger = 9_007_199_254_740_991;

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            foreach (var property in (schema.Properties?.Values ?? []).OfType<OpenApiSchema>()) BoundEnumString(property, schemas);
        }

        // Schemas reachable from a request body or a parameter are inputs: only validators may bound them.
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        var operations = swaggerDoc.Paths.Values.SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Operations?.Values ?? []).ToList();
        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters ?? []) Reach(parameter.Schema, schemas, inputs);
            foreach (var media in operation.RequestBody?.Content?.Values ?? []) Reach(media.Schema, schemas, inputs);
        }

        var columns = ColumnLengths();
        var seen = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var (id, schema) in schemas)
        {
            if (!inputs.Contains(id)) BoundResponse(schema, null, columns, seen, id.StartsWith("PagedListOf", StringComparison.Ordinal));
        }
        foreach (var operation in operations)
        {
            foreach (var response in (IEnumerable<IOpenApiResponse>?)operation.Responses?.Values ?? [])
            {
                foreach (var media in response.Content?.Values ?? []) BoundResponse(media.Schema, null, columns, seen, false);
                foreach (var header in (response.Headers?.Values ?? []).OfType<OpenApiHeader>()) BoundResponse(header.Schema, null, columns, seen, false);
            }
        }
    }

    private static void BoundEnumString(OpenApiSchema property, IDictionary<string, IOpenApiSchema> schemas)
    {
        if (property.MaxLength is not null || property.Type is not { } t || !t.HasFlag(JsonSchemaType.String)) return;
        var names = (property.AllOf ?? []).OfType<OpenApiSchemaReference>()
            .Select(r => r.Reference.Id is { } id && schemas.TryGetValue(id, out var target) ? target.Enum : null)
            .Where(e => e is { Count: > 0 }).SelectMany(e => e!).Select(n => n?.GetValue<string>()?.Length ?? 0).ToList();
        if (names.Count > 0) property.MaxLength = names.Max();
    }

    private static void Reach(IOpenApiSchema? node, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> reached)
    {
        switch (node)
        {
            case null: return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id && reached.Add(id) && schemas.TryGetValue(id, out var target)) Reach(target, schemas, reached);
                return;
        }
        foreach (var child in Children(node)) Reach(child, schemas, reached);
    }

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema node) =>
        (node.Properties?.Values ?? []).Concat(node.AllOf ?? []).Concat(node.OneOf ?? []).Concat(node.AnyOf ?? [])
            .Append(node.Items).Append(node.AdditionalProperties).OfType<IOpenApiSchema>();

    private static void BoundResponse(IOpenApiSchema? node, string? name, IReadOnlyDictionary<string, int?> columns, HashSet<OpenApiSchema> seen, bool pageItems)
    {
        // References are bounded where they are defined (each component once, as input or output).
        if (node is not OpenApiSchema schema || !seen.Add(schema)) return;
        if (schema.Type is { } t)
        {
            if (t.HasFlag(JsonSchemaType.String) && schema.MaxLength is null && schema.Enum is not { Count: > 0 } && schema.Const is null)
            {
                schema.MaxLength = name is not null && columns.TryGetValue(name, out var length) && length is { } l ? l : StoredTextBound;
            }
            if (t.HasFlag(JsonSchemaType.Integer))
            {
                // int64 figures (VND sums, chain positions) stay in the I-JSON safe range (RFC 7493), which JavaScript clients
                // and this document's own tooling read exactly; amounts are validated far below it.
                var (min, max) = schema.Format == "int64" ? (-MaxSafeInteger, MaxSafeInteger) : ((long)int.MinValue, (long)int.MaxValue);
                schema.Minimum ??= min.ToString(CultureInfo.InvariantCulture);
                schema.Maximum ??= max.ToString(CultureInfo.InvariantCulture);
            }
            if (t.HasFlag(JsonSchemaType.Array)) schema.MaxItems ??= pageItems && name == "items" ? MaxPageSize : int.MaxValue;
        }
        foreach (var (property, child) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>()) BoundResponse(child, property, columns, seen, pageItems);
        foreach (var part in (schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])) BoundResponse(part, name, columns, seen, pageItems);
        BoundResponse(schema.Items, name, columns, seen, false);
        BoundResponse(schema.AdditionalProperties, null, columns, seen, false);
    }

    /// <summary>
    /// camelCase property name → the longest configured length among the entity properties of that name, or
    /// null when one of them is unbounded (then no column length can be promised).
    /// </summary>
    private Dictionary<string, int?> ColumnLengths()
    {
        using var scope = services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var lengths = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var property in model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string)))
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var max = property.GetMaxLength();
            lengths[name] = lengths.TryGetValue(name, out var known) ? (known is { } k && max is { } m ? Math.Max(k, m) : null) : max;
        }
        return lengths;
    }
}
