using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialWorkCloud.IntegrationTests.Infrastructure;

/// <summary>
/// Checks every response the integration suite receives against the API's own OpenAPI document: the
/// status must be documented for the operation, and a JSON body must match the documented schema. A
/// mismatch throws, so the test that met it fails and says where. Handles the subset of JSON Schema
/// the document uses ($ref, allOf, nullable, type, format, enum, properties, required,
/// additionalProperties, items, limits).
/// </summary>
public sealed class ResponseContractHandler(ResponseContract contract) : DelegatingHandler
{
    private static readonly object Log = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        string? body = null;
        // A compressed body (a test that asks for br/gzip) is the compression test's business.
        if (response.Content.Headers.ContentEncoding.Count > 0) return response;
        if (mediaType is "application/json" or "application/problem+json")
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        var violations = contract.Check(request.Method.Method, request.RequestUri!, (int)response.StatusCode, mediaType, response.Content.Headers.ContentLength, body);
        if (violations.Count > 0 && Environment.GetEnvironmentVariable("SWC_CONTRACT_LOG") is { Length: > 0 } log)
        {
            // Survey mode: every mismatch of a whole run in one file, none failing.
            lock (Log) File.AppendAllText(log, $"{request.Method} {request.RequestUri!.AbsolutePath} {(int)response.StatusCode}: {string.Join(" | ", violations)}{Environment.NewLine}");
        }
        else if (violations.Count > 0)
        {
            throw new ResponseContractException(
                $"{request.Method} {request.RequestUri!.PathAndQuery} answered {(int)response.StatusCode} against the OpenAPI document:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", violations) + Environment.NewLine + "Body: " + Truncate(body));
        }
        return response;
    }

    private static string Truncate(string? body) => body is null ? "(not JSON)" : body.Length <= 2000 ? body : body[..2000] + "…";
}

public sealed class ResponseContractException(string message) : Exception(message);

/// <summary>The document's operations, matched by method and path template.</summary>
public sealed class ResponseContract
{
    private readonly JsonObject _document;
    private readonly List<(string Method, Regex Path, int Literals, string Template, JsonObject Operation)> _operations = [];

    public ResponseContract(JsonObject document)
    {
        _document = document;
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$";
            var literals = template.Split('/').Count(s => !s.StartsWith('{'));
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is JsonObject o && o.ContainsKey("responses"))
                    _operations.Add((method.ToUpperInvariant(), new Regex(pattern, RegexOptions.CultureInvariant), literals, template, o));
            }
        }
        // "/cases/alerts" before "/cases/{caseId}".
        _operations.Sort((a, b) => b.Literals.CompareTo(a.Literals));
    }

    public List<string> Check(string method, Uri uri, int status, string? mediaType, long? length, string? body)
    {
        var violations = new List<string>();
        var path = uri.AbsolutePath;
        if (!path.StartsWith("/api/", StringComparison.Ordinal)) return violations;
        var match = _operations.FirstOrDefault(o => o.Method == method && o.Path.IsMatch(path));
        if (match.Operation is null) return violations; // unknown routes: the hosting tests cover their 404
        var responses = match.Operation["responses"]!.AsObject();
        var documented = responses[status.ToString(CultureInfo.InvariantCulture)] ?? responses["default"];
        if (documented is null)
        {
            violations.Add($"{status} is not documented for {method} {match.Template} (documented: {string.Join(", ", responses.Select(r => r.Key))})");
            return violations;
        }
        CheckErrorCode(status, Resolve(documented), body, $"{method} {match.Template}", violations);
        var content = Resolve(documented)["content"] as JsonObject;
        var hasBody = body is { Length: > 0 } || length is > 0;
        if (!hasBody) return violations;
        if (content is null || content.Count == 0)
        {
            violations.Add($"{status} of {method} {match.Template} documents no body, but one came ({mediaType})");
            return violations;
        }
        var media = content.FirstOrDefault(c => MediaMatches(c.Key, mediaType));
        if (media.Value is null)
        {
            violations.Add($"{status} of {method} {match.Template} documents {string.Join(", ", content.Select(c => c.Key))}, not {mediaType}");
            return violations;
        }
        if (body is null || media.Value["schema"] is not JsonNode schema) return violations;
        var instance = JsonNode.Parse(body);
        Validate(schema, instance, "$", violations);
        return violations;
    }

    /// <summary>A 4xx ProblemDetails' code must be one the operation lists for that status (x-error-codes, derived from the code by ErrorCodeAnalysis).</summary>
    private static void CheckErrorCode(int status, JsonObject response, string? body, string operation, List<string> violations)
    {
        if (status is < 400 or >= 500 || body is not { Length: > 0 }) return;
        string? code;
        try { code = JsonNode.Parse(body)?["code"]?.GetValue<string>(); }
        catch (JsonException) { return; }
        if (code is null) return;
        var listed = (response["x-error-codes"] as JsonArray)?.Select(c => c!.GetValue<string>()).ToList() ?? [];
        if (!listed.Contains(code, StringComparer.Ordinal))
            violations.Add($"code \"{code}\" is not among the codes {operation} documents for {status} (x-error-codes: {string.Join(", ", listed)})");
    }

    private static bool MediaMatches(string documented, string? actual) =>
        actual is not null && (documented == actual || documented == "*/*" ||
            (documented.EndsWith("/*", StringComparison.Ordinal) && actual.StartsWith(documented[..^1], StringComparison.Ordinal)) ||
            // A JSON response documented as application/json may come as problem+json and the other way round only for errors.
            (documented == "application/json" && actual == "application/problem+json"));

    private JsonObject Resolve(JsonNode node)
    {
        var o = node.AsObject();
        while (o["$ref"]?.GetValue<string>() is { } reference)
        {
            JsonNode current = _document;
            foreach (var part in reference.TrimStart('#', '/').Split('/')) current = current[part]!;
            o = current.AsObject();
        }
        return o;
    }

    private void Validate(JsonNode schemaNode, JsonNode? value, string at, List<string> violations)
    {
        if (violations.Count > 20) return;
        var schema = Resolve(schemaNode);
        var nullable = schema["nullable"]?.GetValue<bool>() == true;
        if (value is null)
        {
            if (!nullable && (schema.ContainsKey("type") || schema.ContainsKey("allOf") || schema.ContainsKey("enum") || schema.ContainsKey("properties")))
                violations.Add($"{at}: null, but the schema is not nullable");
            return;
        }
        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all) Validate(part!, value, at, violations);
        }
        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            violations.Add($"{at}: {value.ToJsonString()} is not one of the enum");
        }
        var type = schema["type"]?.GetValue<string>();
        var kind = value.GetValueKind();
        switch (type)
        {
            case "object":
                if (kind != JsonValueKind.Object) { violations.Add($"{at}: expected an object, got {kind}"); return; }
                ValidateObject(schema, value.AsObject(), at, violations);
                break;
            case "array":
                if (kind != JsonValueKind.Array) { violations.Add($"{at}: expected an array, got {kind}"); return; }
                var i = 0;
                foreach (var item in value.AsArray())
                {
                    if (schema["items"] is JsonNode items) Validate(items, item, $"{at}[{i}]", violations);
                    i++;
                }
                break;
            case "string":
                if (kind != JsonValueKind.String) { violations.Add($"{at}: expected a string, got {kind}"); return; }
                ValidateFormat(schema["format"]?.GetValue<string>(), value.GetValue<string>(), at, violations);
                break;
            case "integer":
                if (kind != JsonValueKind.Number || !decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n != decimal.Truncate(n))
                    violations.Add($"{at}: expected an integer, got {value.ToJsonString()}");
                break;
            case "number":
                if (kind != JsonValueKind.Number) violations.Add($"{at}: expected a number, got {kind}");
                break;
            case "boolean":
                if (kind is not (JsonValueKind.True or JsonValueKind.False)) violations.Add($"{at}: expected a boolean, got {kind}");
                break;
            case null when schema.ContainsKey("properties") && kind == JsonValueKind.Object:
                ValidateObject(schema, value.AsObject(), at, violations);
                break;
        }
    }

    private void ValidateObject(JsonObject schema, JsonObject value, string at, List<string> violations)
    {
        var properties = schema["properties"] as JsonObject;
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()))
            {
                if (!value.ContainsKey(name)) violations.Add($"{at}.{name}: required, but missing");
            }
        }
        foreach (var (name, property) in value)
        {
            if (properties?[name] is JsonNode propertySchema)
            {
                Validate(propertySchema, property, $"{at}.{name}", violations);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Validate(additional, property, $"{at}.{name}", violations);
            }
            else if (schema["additionalProperties"]?.GetValueKind() == JsonValueKind.False)
            {
                violations.Add($"{at}.{name}: not in the schema (additionalProperties: false)");
            }
        }
    }

    private static void ValidateFormat(string? format, string text, string at, List<string> violations)
    {
        var ok = format switch
        {
            "uuid" => Guid.TryParseExact(text, "D", out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "byte" => IsBase64(text),
            _ => true,
        };
        if (!ok) violations.Add($"{at}: \"{Short(text)}\" is not a {format}");
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out _);
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>For a factory: reads the document the API serves once, through a client that is not itself checked.</summary>
    public static async Task<ResponseContract> LoadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/swagger/v1/swagger.json");
        response.EnsureSuccessStatusCode();
        return new ResponseContract(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
