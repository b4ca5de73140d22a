using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Contract;

/// <summary>How a fuzz run is drawn: the seed (SWC_FUZZ_SEED) replays a run; cases per operation (SWC_FUZZ_CASES) bound it.</summary>
public sealed record FuzzSettings(int Seed, int CasesPerOperation, string? Only)
{
    public static FuzzSettings FromEnvironment() => new(
        int.TryParse(Environment.GetEnvironmentVariable("SWC_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 19,
        int.TryParse(Environment.GetEnvironmentVariable("SWC_FUZZ_CASES"), CultureInfo.InvariantCulture, out var cases) && cases > 0 ? cases : 14,
        Environment.GetEnvironmentVariable("SWC_FUZZ_ONLY") is { Length: > 0 } only ? only : null);
}

public sealed record FuzzResult(int Operations, int DocumentedOperations, int Requests, int OperationsWith2xx, SortedDictionary<int, int> Statuses, List<string> Findings, TimeSpan Elapsed, int Seed, int RepeatedReads)
{
    public string Summary(string database) =>
        $"OpenAPI fuzz on {database} (SWC_FUZZ_SEED={Seed}): {Operations}/{DocumentedOperations} operations, {Requests} requests as worker/unit head/province officer/anonymous " +
        $"({RepeatedReads} cases drew a read already sent and were not sent again), " +
        $"2xx on {OperationsWith2xx} operations, statuses {string.Join(" ", Statuses.Select(s => $"{s.Key}×{s.Value}"))}, " +
        $"{Findings.Count} findings, {Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s";
}

/// <summary>
/// A property-based fuzz of the API from its own OpenAPI document (issue 19): for every operation, requests drawn
/// from its schemas — valid-shaped bodies and parameters, boundary values, values over the documented limits,
/// nulls, missing members, wrong types, unknown properties, enum non-members, very long and Vietnamese text, empty
/// bodies — with ids of records that exist in the fuzz's own tenant and random ones, as a social worker, a unit head
/// and a province officer (and anonymous). Each answer must be below 500, documented for the operation, a 4xx must
/// be a ProblemDetails whose code the operation lists, and a JSON body must match its schema
/// (<see cref="ResponseContract"/>). Deterministic for a seed (the ids differ per database; which case draws which
/// one does not); bounded by the number of cases per operation.
/// </summary>
public sealed class OpenApiFuzz
{
    // "valid" three times: with the role rotation, each of the three roles sends a valid-shaped request to every operation.
    private static readonly string[] Kinds = ["valid", "valid", "valid", "random-ids", "at-max", "at-min", "over-limit", "null", "missing", "wrong-type", "unknown-property", "enum-outsider", "very-long", "empty"];

    private static readonly string[] Phrases =
    [
        "Nguyễn Thị Hồng Thử", "Trạm Y tế xã Đông Hưng", "Hỗ trợ tâm lý cho người bệnh", "Bệnh viện Đa khoa tỉnh",
        "Gia đình khó khăn, cần trợ giúp viện phí", "Đỗ Văn Ước", "Ghi chú: ổn định", "Quỹ Bữa cơm yêu thương",
    ];

    private readonly ApiFactory _factory;
    private readonly FuzzSettings _settings;
    private readonly JsonObject _document;
    private readonly Dictionary<string, List<string>> _ids = new(StringComparer.Ordinal);
    private readonly List<(string Name, string? Email)> _roles;
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly HttpClient _anonymous;

    private OpenApiFuzz(ApiFactory factory, FuzzSettings settings, JsonObject document, Tenant tenant)
    {
        _factory = factory;
        _settings = settings;
        _document = document;
        _roles = [("worker", tenant.WorkerEmail), ("unit-head", tenant.AdminEmail), ("officer", tenant.OfficerEmail)];
        _anonymous = NewClient();
    }

    /// <summary>A tenant of the fuzz's own (a province, a hospital, a commune station, its people) with a record of every area in it.</summary>
    public static async Task<OpenApiFuzz> ArrangeAsync(ApiFactory factory, FuzzSettings settings)
    {
        var world = factory.World;
        using var reader = factory.CreateClient();
        var document = JsonNode.Parse(await reader.GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
        var tenant = await world.NewTenantAsync("Bệnh viện Thử Lửa");
        var fuzz = new OpenApiFuzz(factory, settings, document, tenant);
        var station = await world.NewFacilityAsync(tenant.ProvinceId, FacilityType.CommuneHealthStation, "Trạm Y tế xã Thử Lửa");
        fuzz.Remember("facility", tenant.HospitalId, station);
        fuzz.Remember("province", tenant.ProvinceId);
        fuzz.Remember("user", tenant.WorkerId, tenant.CollaboratorId);
        object[] records =
        [
            await Cases.CasesWorld.NewCaseRecordsAsync(world, tenant.WorkerEmail, "Lê Thị Thử Lửa", station),
            await Charity.CharityWorld.NewCharityAsync(world, tenant.HospitalId),
            await Fundraising.FundraisingWorld.NewFundraisingAsync(world, tenant.HospitalId),
            await Reception.ReceptionWorld.NewReceptionAsync(world, tenant.HospitalId),
            await Reports.ReportsWorld.NewSubmittedReportAsync(world, tenant.HospitalId, tenant.ProvinceId),
            await Supervision.SupervisionWorld.NewSupervisionRecordsAsync(world, tenant.HospitalId, tenant.ProvinceId),
            await Training.TrainingWorld.NewTrainingAsync(world, tenant.HospitalId),
            await Workforce.WorkforceWorld.NewWorkforceAsync(world, tenant.HospitalId),
        ];
        foreach (var record in records)
        {
            foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(Guid)))
                fuzz.Remember(Key(property.Name), (Guid)property.GetValue(record)!);
        }
        fuzz.Remember("target", await Targets.TargetsWorld.NewTargetAsync(world, tenant.ProvinceId));
        fuzz.Remember("plan", await Targets.TargetsWorld.NewSubmittedPlanAsync(world, tenant.HospitalId));
        // A receipt is a fund entry.
        if (fuzz._ids.TryGetValue("receipt", out var receipts)) fuzz.Remember("entry", [.. receipts.Select(Guid.Parse)]);
        await fuzz.SignInAllAsync();
        return fuzz;
    }

    public async Task<FuzzResult> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var operations = Operations();
        var statuses = new SortedDictionary<int, int>();
        var findings = new List<string>();
        var with2xx = new HashSet<string>(StringComparer.Ordinal);
        var requests = 0;
        var repeatedReads = 0;
        var fuzzed = 0;
        foreach (var (index, op) in operations.Index())
        {
            if (_settings.Only is { } only && !op.Key.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
            fuzzed++;
            // Ending sessions, deactivating and demanding MFA come last; each of them runs on fresh tokens.
            if (op.Destructive) await SignInAllAsync();
            var open = op.Path.StartsWith("/api/v1/auth/", StringComparison.Ordinal) || op.Path.StartsWith("/api/v1/public/", StringComparison.Ordinal);
            var cases = _settings.CasesPerOperation + (open ? 0 : 1);
            var sentReads = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < cases; i++)
            {
                var random = new Random(StableHash(_settings.Seed, op.Key, i));
                // Every kind runs as a different role across operations; the extra case of a secured operation is anonymous.
                var anonymous = i == _settings.CasesPerOperation || (open && i % 4 == 3);
                var role = anonymous ? "anonymous" : _roles[(i + index) % _roles.Count].Name;
                var kind = Kinds[i % Kinds.Length];
                using var request = Build(op, kind, random, out var described);
                // A read the operation already sent as the same role, to the same address with the same headers (a kind that
                // breaks no parameter of a read without parameters draws the valid request again): sent once, as nothing is
                // written between an operation's own cases. Writes are sent every time: a repeated write is a case of its own.
                if (op.Method == "GET" && !sentReads.Add($"{role} {request.RequestUri} {string.Join("|", request.Headers.Select(h => $"{h.Key}={string.Join(",", h.Value)}"))}"))
                {
                    repeatedReads++;
                    continue;
                }
                var client = anonymous ? _anonymous : _clients[role];
                var where = $"case {i} ({kind}) as {role}: {request.Method} {request.RequestUri!.PathAndQuery}";
                requests++;
                try
                {
                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    var media = response.Content.Headers.ContentType?.MediaType;
                    string? body = null;
                    long length;
                    if (media is "application/json" or "application/problem+json")
                    {
                        body = await response.Content.ReadAsStringAsync();
                        length = body.Length;
                    }
                    else
                    {
                        length = (await response.Content.ReadAsByteArrayAsync()).Length;
                    }
                    var problems = new List<string>();
                    if (status >= 500) problems.Add($"server error {status}");
                    problems.AddRange(_factory.Contract.Check(request.Method.Method, request.RequestUri!, status, media, length, body));
                    if (status is >= 400 and < 500 && !IsProblemWithCode(media, body)) problems.Add($"a {status} that is not a ProblemDetails with a code ({media})");
                    if (status is >= 200 and < 300)
                    {
                        with2xx.Add(op.Key);
                        if (body is not null) Harvest(op, JsonNode.Parse(body));
                    }
                    if (Environment.GetEnvironmentVariable("SWC_FUZZ_LOG") is { Length: > 0 } log)
                        await File.AppendAllTextAsync(log, $"{status} {where} {(status >= 400 ? Short(body, 300) : "")}{Environment.NewLine}");
                    if (problems.Count > 0)
                        findings.Add($"{where} → {status}: {string.Join(" | ", problems)}{Environment.NewLine}    request: {Short(described, 400)}{Environment.NewLine}    response: {Short(body, 600)}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or JsonException)
                {
                    findings.Add($"{where} → {e.GetType().Name}: {Short(e.Message, 400)}{Environment.NewLine}    request: {Short(described, 400)}");
                }
            }
        }
        return new FuzzResult(fuzzed, operations.Count, requests, with2xx.Count, statuses, findings, clock.Elapsed, _settings.Seed, repeatedReads);
    }

    private static bool IsProblemWithCode(string? media, string? body)
    {
        if (media != "application/problem+json" || body is null) return false;
        try { return JsonNode.Parse(body)?["code"]?.GetValueKind() == JsonValueKind.String; }
        catch (JsonException) { return false; }
    }

    private sealed record Operation(string Method, string Path, JsonObject Spec, bool Destructive)
    {
        public string Key => $"{Method} {Path}";
    }

    /// <summary>Reads first (their answers give ids), then writes, deletions, and what ends sessions or demands MFA.</summary>
    private List<Operation> Operations()
    {
        var list = new List<Operation>();
        foreach (var (path, item) in _document["paths"]!.AsObject())
        {
            foreach (var (method, spec) in item!.AsObject())
            {
                if (method is not ("get" or "post" or "put" or "patch" or "delete")) continue;
                var key = $"{method.ToUpperInvariant()} {path}";
                var destructive = Regex.IsMatch(key, "sign-out|deactivate|/me/password|mfa|logout|/auth/refresh|PUT /api/v1/users/", RegexOptions.CultureInvariant);
                list.Add(new Operation(method.ToUpperInvariant(), path, spec!.AsObject(), destructive));
            }
        }
        int Phase(Operation o) => o.Destructive ? 4 : o.Method switch { "GET" => 0, "POST" => 1, "PUT" or "PATCH" => 2, _ => 3 };
        return [.. list.OrderBy(Phase).ThenBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];
    }

    private HttpRequestMessage Build(Operation op, string kind, Random random, out string described)
    {
        var path = op.Path;
        var query = new List<string>();
        var headers = new List<(string, string)>();
        var parameters = (op.Spec["parameters"] as JsonArray)?.Select(p => p!.AsObject()).ToList() ?? [];
        // Parameters are broken in the kinds that break values; the body is broken in all of them but "random-ids".
        var brokenParameter = kind is "over-limit" or "wrong-type" or "enum-outsider" or "very-long" or "empty" or "at-max" or "at-min"
            ? parameters.Where(p => p["in"]?.GetValue<string>() is "query" or "path" or "header").Select(p => p["name"]!.GetValue<string>()).OrderBy(_ => random.Next()).FirstOrDefault()
            : null;
        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var where = parameter["in"]!.GetValue<string>();
            var schema = Effective(parameter["schema"] ?? new JsonObject());
            var required = parameter["required"]?.GetValue<bool>() == true || where == "path";
            string? value;
            if (name == brokenParameter && (random.Next(3) > 0 || kind is not ("at-max" or "at-min")))
                value = BrokenScalar(schema, kind, random);
            else if (!required && random.Next(10) < 5)
                continue;
            else
                value = Scalar(Generate(schema, name, random, kind == "random-ids", depth: 0, []));
            if (value is null) { if (where == "path") value = Guid.NewGuid().ToString(); else continue; }
            // An empty path segment would be another route (a 405 of a sibling), not a bad value for this one.
            if (where == "path" && value.Length == 0) value = "-";
            switch (where)
            {
                case "path": path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal); break;
                case "query": query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}"); break;
                case "header": headers.Add((name, value)); break;
            }
        }
        var uri = path + (query.Count > 0 ? "?" + string.Join("&", query) : "");
        var request = new HttpRequestMessage(new HttpMethod(op.Method), new Uri("http://localhost" + uri));
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        described = uri;
        if (op.Spec["requestBody"]?["content"] is not JsonObject content) return request;
        if (content["application/json"]?["schema"] is JsonNode json)
        {
            var body = JsonBody(Effective(json), kind, random);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            described += " " + body;
        }
        else if ((content["application/x-www-form-urlencoded"] ?? content["multipart/form-data"]) is JsonNode form)
        {
            var multipart = content["application/x-www-form-urlencoded"] is null;
            var schema = Effective(form["schema"]!);
            var fields = new List<(string Name, string? Value, byte[]? File)>();
            foreach (var (name, property) in (schema["properties"] as JsonObject) ?? [])
            {
                var p = Effective(property!);
                if (p["format"]?.GetValue<string>() == "binary")
                {
                    fields.Add((name, null, FileBytes(kind, random)));
                    continue;
                }
                if (kind == "missing" && random.Next(2) == 0) continue;
                var value = kind switch
                {
                    "very-long" => new string('ễ', 70_000),
                    "empty" => "",
                    "over-limit" when p["maxLength"] is JsonNode max => new string('x', max.GetValue<int>() + 1),
                    _ => name == "grant_type" ? (random.Next(3) == 0 ? "password" : "client_credentials") : Scalar(Generate(p, name, random, kind == "random-ids", 0, [])),
                };
                fields.Add((name, value, null));
            }
            if (multipart)
            {
                var parts = new MultipartFormDataContent();
                foreach (var (name, value, file) in fields)
                {
                    if (file is not null)
                    {
                        var part = new ByteArrayContent(file);
                        part.Headers.ContentType = new MediaTypeHeaderValue(random.Next(2) == 0 ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf");
                        parts.Add(part, name, random.Next(2) == 0 ? "danh-sách.xlsx" : "scan.pdf");
                    }
                    else if (value is not null) parts.Add(new StringContent(value), name);
                }
                request.Content = parts;
            }
            else
            {
                request.Content = new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!)));
            }
            described += " form: " + string.Join("&", fields.Select(f => $"{f.Name}={(f.File is null ? Short(f.Value, 40) : $"<{f.File.Length} bytes>")}"));
        }
        return request;
    }

    private static byte[] FileBytes(string kind, Random random)
    {
        switch (kind)
        {
            case "empty": return [];
            case "very-long":
                var big = new byte[300_000];
                random.NextBytes(big);
                return big;
            case "valid" or "random-ids":
                return Encoding.UTF8.GetBytes("Mã,Tên\n1,Trạm Y tế xã Đông Hưng\n");
            default:
                var small = new byte[random.Next(1, 2048)];
                random.NextBytes(small);
                // Sometimes the magic numbers of a zip (xlsx) or a PDF, so the parsers get past their first check.
                if (random.Next(2) == 0 && small.Length > 4) { small[0] = 0x50; small[1] = 0x4B; small[2] = 0x03; small[3] = 0x04; }
                else if (small.Length > 4) { small[0] = 0x25; small[1] = 0x50; small[2] = 0x44; small[3] = 0x46; }
                return small;
        }
    }

    /// <summary>A JSON body of the kind asked: valid-shaped, then broken at one place (or at every limit, for at-max/at-min).</summary>
    private string JsonBody(JsonObject schema, string kind, Random random)
    {
        var slots = new List<Slot>();
        var body = Generate(schema, "", random, kind == "random-ids", 0, slots, root: true);
        if (kind == "empty") return random.Next(4) switch { 0 => "{}", 1 => "null", 2 => "[]", _ => "" };
        if (body is not JsonObject root) return body?.ToJsonString() ?? "null";
        var box = new JsonObject { ["$"] = root };
        switch (kind)
        {
            case "at-max" or "at-min":
                foreach (var slot in slots) AtLimit(box, slot, kind == "at-max");
                break;
            case "over-limit":
                var limited = slots.Where(s => s.Schema.ContainsKey("maxLength") || s.Schema.ContainsKey("maximum") || s.Schema.ContainsKey("minimum") || s.Schema.ContainsKey("maxItems") || s.Schema["minLength"]?.GetValue<int>() > 0 || s.Schema["minItems"]?.GetValue<int>() > 0).ToList();
                if (limited.Count > 0) OverLimit(box, limited[random.Next(limited.Count)], random);
                else if (slots.Count > 0) Set(box, slots[random.Next(slots.Count)].Path, new string('x', 100_000));
                break;
            case "null" when slots.Count > 0:
                Set(box, slots[random.Next(slots.Count)].Path, (JsonNode?)null);
                break;
            case "missing":
                var members = slots.Where(s => s.Path[^1] is string).ToList();
                if (members.Count > 0) Remove(box, members[random.Next(members.Count)].Path);
                break;
            case "wrong-type" when slots.Count > 0:
                var target = slots[random.Next(slots.Count)];
                Set(box, target.Path, WrongType(target.Schema, random));
                break;
            case "unknown-property":
                var objects = slots.Where(s => Get(box, s.Path) is JsonObject).Select(s => s.Path).Prepend(["$"]).ToList();
                if (Get(box, objects[random.Next(objects.Count)]) is JsonObject o) o["fuzzExtra" + random.Next(100)] = random.Next(2) == 0 ? 1 : "x";
                break;
            case "enum-outsider":
                var enums = slots.Where(s => s.Schema.ContainsKey("enum")).ToList();
                if (enums.Count > 0) Set(box, enums[random.Next(enums.Count)].Path, random.Next(2) == 0 ? JsonValue.Create(0) : JsonValue.Create("NotAMember"));
                else if (slots.Count > 0) Set(box, slots[random.Next(slots.Count)].Path, "Ngoài danh sách");
                break;
            case "very-long":
                var strings = slots.Where(s => s.Schema["type"]?.GetValue<string>() == "string").ToList();
                if (strings.Count > 0) Set(box, strings[random.Next(strings.Count)].Path, string.Concat(Enumerable.Repeat("Người bệnh cần hỗ trợ — ", 3_000)));
                break;
        }
        return box["$"]?.ToJsonString() ?? "null";
    }

    private sealed record Slot(object[] Path, JsonObject Schema, string Name);

    private void AtLimit(JsonObject box, Slot slot, bool max)
    {
        var s = slot.Schema;
        var type = s["type"]?.GetValue<string>();
        if (type == "string" && s["format"] is null && s["enum"] is null && s["pattern"] is null)
        {
            var length = max ? s["maxLength"]?.GetValue<int>() : s["minLength"]?.GetValue<int>() ?? 0;
            if (length is { } n and <= 100_000) Set(box, slot.Path, Repeat("Đặng Thị Ánh Tuyết ", n));
        }
        else if (type is "integer" or "number")
        {
            if ((max ? s["maximum"] : s["minimum"]) is JsonNode bound) Set(box, slot.Path, bound.DeepClone());
        }
        else if (type == "array" && Get(box, slot.Path) is JsonArray array && array.Count > 0)
        {
            var count = max ? s["maxItems"]?.GetValue<int>() : s["minItems"]?.GetValue<int>() ?? 0;
            if (count is { } c and <= 200) Set(box, slot.Path, Resize(array, c));
        }
    }

    private static void OverLimit(JsonObject box, Slot slot, Random random)
    {
        var s = slot.Schema;
        var type = s["type"]?.GetValue<string>();
        if (type == "string")
        {
            if (s["maxLength"] is JsonNode max && (s["minLength"] is null || random.Next(2) == 0)) Set(box, slot.Path, Repeat("Ư", max.GetValue<int>() + 1));
            else if (s["minLength"]?.GetValue<int>() is int min) Set(box, slot.Path, Repeat("a", min - 1));
        }
        else if (type is "integer" or "number")
        {
            if (s["maximum"] is JsonNode max && (s["minimum"] is null || random.Next(2) == 0)) Set(box, slot.Path, decimal.Parse(max.ToJsonString(), CultureInfo.InvariantCulture) + 1);
            else if (s["minimum"] is JsonNode min) Set(box, slot.Path, decimal.Parse(min.ToJsonString(), CultureInfo.InvariantCulture) - 1);
        }
        else if (type == "array" && Get(box, slot.Path) is JsonArray array)
        {
            if (s["maxItems"]?.GetValue<int>() is int max && max <= 5_000 && array.Count > 0 && (s["minItems"] is null || random.Next(2) == 0)) Set(box, slot.Path, Resize(array, max + 1));
            else if (s["minItems"]?.GetValue<int>() is int min && min > 0) Set(box, slot.Path, Resize(array, min - 1));
        }
    }

    private static JsonArray Resize(JsonArray array, int count) => [.. Enumerable.Range(0, count).Select(i => array.Count == 0 ? null : array[i % array.Count]?.DeepClone())];

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length) builder.Append(text);
        return builder.ToString(0, length);
    }

    private static JsonNode? WrongType(JsonObject schema, Random random) => (schema["type"]?.GetValue<string>(), schema["format"]?.GetValue<string>()) switch
    {
        ("string", "uuid") => random.Next(2) == 0 ? "không-phải-guid" : JsonValue.Create(42),
        ("string", "date" or "date-time") => random.Next(2) == 0 ? "2024-13-45" : JsonValue.Create(20240101),
        ("string", _) => random.Next(2) == 0 ? JsonValue.Create(12345) : new JsonArray("a", "b"),
        ("integer", _) => random.Next(3) switch { 0 => "12", 1 => JsonValue.Create(1.5), _ => JsonValue.Create(1e30) },
        ("number", _) => random.Next(2) == 0 ? "1.5" : JsonValue.Create(true),
        ("boolean", _) => random.Next(2) == 0 ? "true" : JsonValue.Create(1),
        ("array", _) => new JsonObject { ["a"] = 1 },
        ("object", _) => new JsonArray(1, 2),
        _ => JsonValue.Create("?"),
    };

    /// <summary>A value that breaks a parameter's schema the way <paramref name="kind"/> says.</summary>
    private static string BrokenScalar(JsonObject schema, string kind, Random random)
    {
        var type = schema["type"]?.GetValue<string>();
        return kind switch
        {
            "at-max" when schema["maximum"] is JsonNode max => max.ToJsonString(),
            "at-max" when schema["maxLength"] is JsonNode max && schema["format"] is null => Repeat("Hưng", Math.Min(max.GetValue<int>(), 2_000)),
            "at-min" when schema["minimum"] is JsonNode min => min.ToJsonString(),
            "over-limit" when schema["maximum"] is JsonNode max => (decimal.Parse(max.ToJsonString(), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture),
            "over-limit" when schema["minimum"] is JsonNode min => (decimal.Parse(min.ToJsonString(), CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture),
            "over-limit" when schema["maxLength"] is JsonNode max => Repeat("Ư", Math.Min(max.GetValue<int>() + 1, 4_000)),
            "enum-outsider" when schema["enum"] is not null => random.Next(2) == 0 ? "0" : "KhôngCó",
            "wrong-type" or "enum-outsider" => type switch
            {
                "integer" => random.Next(3) switch { 0 => "abc", 1 => "1.5", _ => "99999999999999999999" },
                "boolean" => "có",
                _ when schema["format"]?.GetValue<string>() is "uuid" => "not-a-guid",
                _ when schema["format"]?.GetValue<string>() is "date" => "2024-02-30",
                _ => "%00\u0001",
            },
            "very-long" => Repeat("Nguyễn ", 3_000),
            "empty" => "",
            _ => random.Next(2) == 0 ? "-1" : "",
        };
    }

    private static string? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>A valid-shaped value of <paramref name="schema"/>; each member's place and schema goes into <paramref name="slots"/>.</summary>
    private JsonNode? Generate(JsonObject schema, string name, Random random, bool randomIds, int depth, List<Slot> slots, bool root = false, object[]? at = null)
    {
        at ??= ["$"];
        if (schema["enum"] is JsonArray members && members.Count > 0) return members[random.Next(members.Count)]!.DeepClone();
        var type = schema["type"]?.GetValue<string>() ?? (schema.ContainsKey("properties") ? "object" : null);
        switch (type)
        {
            case "object":
                var result = new JsonObject();
                if (depth > 6) return result;
                var required = (schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
                foreach (var (member, property) in (schema["properties"] as JsonObject) ?? [])
                {
                    var effective = Effective(property!);
                    if (!required.Contains(member) && random.Next(10) < 4) continue;
                    object[] path = [.. at, member];
                    slots.Add(new Slot(path, effective, member));
                    result[member] = Generate(effective, member, random, randomIds, depth + 1, slots, at: path);
                }
                return result;
            case "array":
                var items = schema["items"] is JsonNode i ? Effective(i) : new JsonObject();
                var min = schema["minItems"]?.GetValue<int>() ?? 0;
                var max = Math.Min(schema["maxItems"]?.GetValue<int>() ?? 3, min + 3);
                var array = new JsonArray();
                var count = random.Next(Math.Max(min, Math.Min(1, max)), Math.Max(min, max) + 1);
                for (var n = 0; n < count; n++)
                {
                    object[] path = [.. at, n];
                    slots.Add(new Slot(path, items, name));
                    array.Add(Generate(items, name, random, randomIds, depth + 1, slots, at: path));
                }
                return array;
            case "string":
                return (schema["format"]?.GetValue<string>()) switch
                {
                    "uuid" => Id(name, random, randomIds),
                    "date" => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(random.Next(-400, 40)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "date-time" => DateTimeOffset.UtcNow.AddMinutes(random.Next(-10_000, 100)).ToString("O", CultureInfo.InvariantCulture),
                    _ => Text(schema, name, random),
                };
            case "integer" or "number":
                var lower = schema["minimum"] is JsonNode lo ? decimal.Parse(lo.ToJsonString(), CultureInfo.InvariantCulture) : name.Contains("year", StringComparison.OrdinalIgnoreCase) ? DateTime.UtcNow.Year - 1 : 0;
                var upper = schema["maximum"] is JsonNode hi ? decimal.Parse(hi.ToJsonString(), CultureInfo.InvariantCulture) : lower + 100;
                var span = Math.Min(upper - lower, 10_000);
                var value = lower + Math.Floor((decimal)random.NextDouble() * (span + 1));
                return JsonValue.Create(Math.Min(value, upper));
            case "boolean":
                return random.Next(2) == 0;
            default:
                return schema["nullable"]?.GetValue<bool>() == true ? null : "x";
        }
    }

    private static string Text(JsonObject schema, string name, Random random)
    {
        var min = schema["minLength"]?.GetValue<int>() ?? 0;
        var max = schema["maxLength"]?.GetValue<int>() ?? 200;
        var pattern = schema["pattern"]?.GetValue<string>();
        string text;
        if (pattern is not null && !pattern.Contains("A-Za-z", StringComparison.Ordinal))
            text = pattern.Contains("{12}", StringComparison.Ordinal) ? Digits(12, random) : "0" + Digits(Math.Clamp(9, min, Math.Max(min, max - 1)), random);
        else if (pattern is not null)
            text = "Fuzz" + Digits(6, random);
        else if (name.Contains("email", StringComparison.OrdinalIgnoreCase))
            text = $"fuzz.{random.Next(1_000_000)}@test.vn";
        else if (name.Contains("url", StringComparison.OrdinalIgnoreCase))
            text = "https://hooks.example.vn/fuzz/" + random.Next(1000);
        else if (name.Contains("phone", StringComparison.OrdinalIgnoreCase))
            text = "09" + Digits(8, random);
        else if (name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("secret", StringComparison.OrdinalIgnoreCase))
            text = "Fuzz@2026pass" + random.Next(100);
        else
            text = Phrases[random.Next(Phrases.Length)];
        if (text.Length > max) text = text[..max];
        if (text.Length < min) text = Repeat(text.Length == 0 ? "a" : text, min);
        return text;
    }

    private static string Digits(int count, Random random) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    /// <summary>An id the name points at (caseId → a case of the fuzz's tenant), or a random one.</summary>
    private string Id(string name, Random random, bool randomIds)
    {
        if (!randomIds)
        {
            var key = Key(name);
            var candidates = _ids.Where(e => key.Length > 0 && (e.Key == key || e.Key.EndsWith(key, StringComparison.Ordinal) || key.EndsWith(e.Key, StringComparison.Ordinal)))
                .OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => e.Value).ToList();
            if (candidates.Count > 0) return candidates[random.Next(candidates.Count)];
        }
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private static string Key(string name)
    {
        var key = name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        return key.EndsWith("id", StringComparison.Ordinal) ? key[..^2] : key;
    }

    private static string Singular(string segment)
    {
        var key = Key(segment);
        return key.EndsWith("ies", StringComparison.Ordinal) ? key[..^3] + "y" : key.EndsWith('s') ? key[..^1] : key;
    }

    private void Remember(string key, params Guid[] ids)
    {
        if (!_ids.TryGetValue(key, out var list)) _ids[key] = list = [];
        foreach (var id in ids.Select(i => i.ToString()))
        {
            if (list.Count < 40 && !list.Contains(id, StringComparer.Ordinal)) list.Add(id);
        }
    }

    /// <summary>Ids from an answer: "caseId" under its name; "id" under the list or object it belongs to (items of /clients → client).</summary>
    private void Harvest(Operation op, JsonNode? node, string? owner = null)
    {
        owner ??= Singular(op.Path.Split('/').Last(s => s.Length > 0 && !s.StartsWith('{')));
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && Guid.TryParse(v.GetValue<string>(), out var id))
                        Remember(name == "id" ? owner : Key(name), id);
                    else if (value is JsonObject or JsonArray)
                        Harvest(op, value, name is "items" or "page" ? owner : Singular(name));
                }
                break;
            case JsonArray a:
                foreach (var item in a) Harvest(op, item, owner);
                break;
        }
    }

    /// <summary>Fresh tokens for the three roles (issued in-process, as the world's arrangement clients are).</summary>
    private async Task SignInAllAsync()
    {
        foreach (var (role, email) in _roles)
        {
            await using var scope = _factory.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var tokens = scope.ServiceProvider.GetRequiredService<TokenService>();
            var user = await users.FindByEmailAsync(email!) ?? throw new InvalidOperationException($"No user {email}.");
            var issued = await tokens.IssueForUserAsync(user, Guid.NewGuid(), CancellationToken.None);
            if (_clients.Remove(role, out var old)) old.Dispose();
            var client = NewClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.AccessToken);
            _clients[role] = client;
        }
    }

    /// <summary>Unchecked (the fuzz collects mismatches instead of throwing), no redirects followed, no compression asked for.</summary>
    private HttpClient NewClient()
    {
        var client = _factory.CreateDefaultClient(new Uri("http://localhost"));
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }

    /// <summary>$ref and allOf flattened into one schema (nullable and limits of the outer schema kept).</summary>
    private JsonObject Effective(JsonNode node)
    {
        var source = node.AsObject();
        var result = new JsonObject();
        if (source["$ref"]?.GetValue<string>() is { } reference)
        {
            JsonNode current = _document;
            foreach (var part in reference.TrimStart('#', '/').Split('/')) current = current[part]!;
            Merge(result, Effective(current));
        }
        if (source["allOf"] is JsonArray parts)
        {
            foreach (var part in parts) Merge(result, Effective(part!));
        }
        foreach (var (key, value) in source)
        {
            if (key is "$ref" or "allOf") continue;
            result[key] = value?.DeepClone();
        }
        return result;
    }

    private static void Merge(JsonObject into, JsonObject from)
    {
        foreach (var (key, value) in from) into[key] = value?.DeepClone();
    }

    private static JsonNode? Get(JsonObject box, object[] path)
    {
        JsonNode? node = box;
        foreach (var step in path)
        {
            node = step switch
            {
                string name when node is JsonObject o => o[name],
                int index when node is JsonArray a && index < a.Count => a[index],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    private static void Set(JsonObject box, object[] path, JsonNode? value)
    {
        switch (Get(box, path[..^1]), path[^1])
        {
            case (JsonObject o, string name): o[name] = value; break;
            case (JsonArray a, int index) when index < a.Count: a[index] = value; break;
        }
    }

    private static void Set(JsonObject box, object[] path, decimal value) => Set(box, path, JsonValue.Create(value));

    private static void Set(JsonObject box, object[] path, string value) => Set(box, path, JsonValue.Create(value));

    private static void Remove(JsonObject box, object[] path)
    {
        if (Get(box, path[..^1]) is JsonObject o && path[^1] is string name) o.Remove(name);
    }

    private static int StableHash(int seed, string key, int index)
    {
        // FNV-1a: string.GetHashCode differs per process, so a seed would not replay.
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        hash = (hash ^ (uint)index) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }

    private static string Short(string? text, int length) => text is null ? "(none)" : text.Length <= length ? text : text[..length] + "…";
}
