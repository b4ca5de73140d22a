using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace SocialWorkCloud.IntegrationTests.Architecture;

/// <summary>
/// Issue 17's "done when: a re-run of the attacker's probes finds nothing above", in one place and end to end over HTTP.
/// Tenant isolation: every operation of the served OpenAPI document (read from /swagger/v1/swagger.json, not listed by
/// hand) is called by five principals of each province — social worker, unit head (facility admin), collaborator, the
/// officer of the other province, an API client — with the other province's ids: an operation with ids replays the
/// areas' isolation probes (<see cref="IIsolationProbes"/>, the other province's records of the <see cref="IAreaWorld"/>s)
/// as every principal of the other side, and the same probe mirrored onto the first province's records as every
/// principal of the second; a read without ids is called with the other province's ids in its query and its answer
/// searched for any of them; a write without ids gets an area's valid body (<see cref="IBadInputCases"/>) with its ids
/// swapped for the other province's. A finding is a 2xx that reaches or carries a foreign record, or a 5xx; and the
/// refused writes wrote nothing. Sampled, to keep it near a minute per database: one probe per operation (the first
/// that names a record of a province), not every probe an area declares. Then the other findings, as the attacker tried
/// them: tokens after logout and deactivation, the sign-in answers, the jobs dashboard's URL token, a sensitive case's
/// counselling sessions, a draft and a returned annual plan.
/// </summary>
public abstract partial class AttackerProbeRerunTests(ApiFactory factory, ITestOutputHelper output)
{
    private TestWorld World => factory.World;

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>A principal of one province (side 1 or 2): an e-mail, or "client:" + an API client id.</summary>
    private sealed record Principal(int Side, string Kind, string Actor);

    [Fact]
    public async Task No_operation_of_the_served_document_gives_a_principal_of_one_province_a_record_of_the_other()
    {
        var w = World;
        var clock = Stopwatch.StartNew();
        var ids = Harvest(w);
        var collaboratorB = $"collab.b-{Guid.NewGuid():N}@test.vn";
        await w.NewUserAsync(collaboratorB, UserRole.Collaborator, w.HospitalB, null);
        Principal[] principals =
        [
            new(1, "social worker", TestWorld.WorkerAEmail), new(1, "unit head", TestWorld.AdminA), new(1, "collaborator", TestWorld.CollaboratorA),
            new(1, "officer of the other province", TestWorld.Officer1), new(1, "API client", "client:" + w.ClientIdA),
            new(2, "social worker", TestWorld.WorkerBEmail), new(2, "unit head", TestWorld.AdminB), new(2, "collaborator", collaboratorB),
            new(2, "officer of the other province", TestWorld.Officer2), new(2, "API client", "client:test_client_b"),
        ];
        // Signed in before the fingerprint: a sign-in is session bookkeeping, not a record.
        var clients = new Dictionary<Principal, HttpClient>();
        foreach (var p in principals) clients[p] = await SignInAsync(w, p.Actor);

        using var anonymous = w.Anonymous();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => Methods.Where(m => path.Value![m] is not null).Select(m => (Method: m.ToUpperInvariant(), Path: path.Key, Op: path.Value![m]!)))
            .ToList();
        operations.Count.ShouldBeGreaterThan(200, "the served document should list the API's operations");
        var probes = RouteGuards.IsolationProbes.ToDictionary(p => Unconstrained(p.Key), p => p.Value, StringComparer.Ordinal);
        var cases = RouteGuards.BadInputCases.ToDictionary(p => Unconstrained(p.Key), p => p.Value, StringComparer.Ordinal);

        var findings = new List<string>();
        var requests = 0;
        var searched = 0;
        var idlessWritesWithoutIds = new List<string>();
        async Task SendAsync(Principal p, string method, string url, Func<HttpContent?> body, bool withIds, int victimSide)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body() };
            using var response = await clients[p].SendAsync(request);
            requests++;
            var status = (int)response.StatusCode;
            if (status >= 500) findings.Add($"{method} {url} as the {p.Kind} of province {p.Side}: {status}");
            else if (response.IsSuccessStatusCode && withIds) findings.Add($"{method} {url} as the {p.Kind} of province {p.Side}: {status} on a record of province {victimSide}");
            else if (response.IsSuccessStatusCode)
            {
                searched++;
                var text = await TextAsync(response);
                var carried = ids.OfSide(victimSide).Where(id => text.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)).ToList();
                if (carried.Count > 0) findings.Add($"{method} {url} as the {p.Kind} of province {p.Side}: carries {string.Join(", ", carried.Select(ids.Name))}");
            }
        }

        // Operations with ids, and writes without: every request names a record of the victim's province.
        var before = await ApiSurface.FingerprintAsync(factory);
        foreach (var (method, path, _) in operations.Where(o => o.Path.Contains('{', StringComparison.Ordinal) || o.Method != "GET"))
        {
            var key = $"{method} {path}";
            if (path.Contains('{', StringComparison.Ordinal))
            {
                if (!probes.TryGetValue(key, out var declared))
                {
                    findings.Add($"{key}: an operation with an id and no isolation probe");
                    continue;
                }
                // The first probe naming a record of a province (or the first at all): replayed at the other side, mirrored at its own.
                var all = declared(w);
                var index = Array.FindIndex(all, p => ids.SideOf(ProbeText(p)) != 0);
                if (index < 0) index = 0;
                var victim = ids.SideOf(ProbeText(all[index]));
                foreach (var attacker in principals.Where(p => victim == 0 || p.Side != victim))
                {
                    var probe = declared(w)[index];
                    await SendAsync(attacker, method, probe.Url, () => Body(probe.Body, method, s => s), withIds: true, victim);
                }
                if (victim == 0 || !ids.CanMirror(ProbeText(all[index]))) continue;
                foreach (var attacker in principals.Where(p => p.Side == victim))
                {
                    var probe = declared(w)[index];
                    await SendAsync(attacker, method, ids.Mirror(probe.Url), () => Body(probe.Body, method, ids.Mirror), withIds: true, 3 - victim);
                }
            }
            else
            {
                // A write without an id: an area's valid body, with its own province's ids swapped for the other's.
                var valid = cases.TryGetValue(key, out var badInput) ? badInput(w).ValidBody().ToJsonString() : null;
                var side = valid is null ? 0 : ids.SideOf(valid);
                if (valid is null || side == 0 || !ids.CanMirror(valid))
                {
                    idlessWritesWithoutIds.Add(key);
                    continue;
                }
                foreach (var attacker in principals)
                {
                    var text = attacker.Side == side ? ids.Mirror(valid) : valid;
                    await SendAsync(attacker, method, path, () => new StringContent(text, System.Text.Encoding.UTF8, "application/json"), withIds: true, 3 - attacker.Side);
                }
            }
        }
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused request wrote something:\n" + string.Join("\n", findings));

        // Reads without ids: the other province's ids in the query; the answer carries none of its records.
        var today = VietnamClock.Today();
        var iso = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (method, path, op) in operations.Where(o => !o.Path.Contains('{', StringComparison.Ordinal) && o.Method == "GET"))
        {
            foreach (var attacker in principals)
            {
                var query = new List<string>();
                foreach (var name in (op["parameters"]?.AsArray() ?? new JsonArray()).Where(p => p!["in"]?.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>()))
                {
                    var value = ids.ForQuery(name, 3 - attacker.Side)?.ToString() ?? name switch
                    {
                        "year" => today.Year.ToString(CultureInfo.InvariantCulture),
                        "from" => $"{today.Year}-01-01",
                        "to" or "asOf" => iso,
                        "pageSize" => "100",
                        _ => null,
                    };
                    if (value is not null) query.Add($"{name}={value}");
                }
                var url = query.Count == 0 ? path : path + "?" + string.Join("&", query);
                await SendAsync(attacker, method, url, () => null, withIds: false, 3 - attacker.Side);
            }
        }
        foreach (var client in clients.Values) client.Dispose();

        // The search sees what it looks for: the unit head's own case list carries its own province's case.
        using (var own = await w.ClientForAsync(TestWorld.AdminA))
        {
            var ownCases = await (await own.GetAsync("/api/v1/cases?pageSize=100")).Content.ReadAsStringAsync();
            ids.OfSide(1).ShouldContain(id => ownCases.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase));
        }

        // The principals stayed signed in throughout: a wall of 401s would prove nothing.
        foreach (var p in principals.Where(p => !p.Actor.StartsWith("client:", StringComparison.Ordinal)))
        {
            using var again = await w.ClientForAsync(p.Actor);
            (await again.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK, p.Actor);
        }
        var summary = $"Attacker's probes re-run ({factory.GetType().Name}): {operations.Count} operations probed, {principals.Length} principals, "
            + $"{requests} requests ({searched} answers without ids searched), findings = {findings.Count} ({clock.Elapsed.TotalSeconds:0} s; "
            + $"writes without an id whose body names no record of a province, sent by none: {idlessWritesWithoutIds.Count})";
        output.WriteLine(summary);
        findings.ShouldBeEmpty(summary + "\n" + string.Join("\n", findings));
        requests.ShouldBeGreaterThan(operations.Count * 4, summary);
        searched.ShouldBeGreaterThan(100, "the reads without ids should mostly answer: " + summary);
    }

    [Fact]
    public async Task Tokens_end_at_logout_and_deactivation_and_every_failed_sign_in_answers_alike()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Thử Tấn Công");
        var email = $"attacked-{Guid.NewGuid():N}@test.vn";
        var id = await World.NewUserAsync(email, UserRole.SocialWorker, tenant.HospitalId, null);
        using var anonymous = World.Anonymous();

        // After logout, the access token is refused at once (not in 15 minutes).
        var phone = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestWorld.Password })).ReadAsync<JsonElement>();
        var desk = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestWorld.Password })).ReadAsync<JsonElement>();
        (await MeAsync(phone)).ShouldBe(HttpStatusCode.OK);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = phone.GetProperty("refreshToken").GetString() })).StatusCode
            .ShouldBe(HttpStatusCode.NoContent);
        (await MeAsync(phone)).ShouldBe(HttpStatusCode.Unauthorized);
        // After deactivation, so is every other session's.
        (await MeAsync(desk)).ShouldBe(HttpStatusCode.OK);
        using var head = await tenant.AdminAsync();
        (await head.PostAsync($"/api/v1/users/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await MeAsync(desk)).ShouldBe(HttpStatusCode.Unauthorized);

        // An unknown account, a wrong password and a closed account answer alike; so do a real and an unknown name once slowed down.
        var real = $"real-{Guid.NewGuid():N}@test.vn";
        var unknown = $"nobody-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(real, UserRole.SocialWorker, tenant.HospitalId, null);
        var wrong = await ProblemOfAsync(anonymous, real, "not-the-password");
        wrong.Status.ShouldBe(401);
        (await ProblemOfAsync(anonymous, unknown, "not-the-password")).ShouldBe(wrong);
        (await ProblemOfAsync(anonymous, email, TestWorld.Password)).ShouldBe(wrong);
        for (var i = 0; i < 4; i++)
        {
            (await ProblemOfAsync(anonymous, real, "not-the-password")).ShouldBe(wrong);
            (await ProblemOfAsync(anonymous, unknown, "not-the-password")).ShouldBe(wrong);
        }
        var slowedReal = await ProblemOfAsync(anonymous, real, TestWorld.Password);
        (slowedReal.Status, slowedReal.Code).ShouldBe((429, "sign-in-throttled"));
        (await ProblemOfAsync(anonymous, unknown, TestWorld.Password)).ShouldBe(slowedReal);
    }

    [Fact]
    public async Task The_jobs_dashboard_refuses_a_bearer_token_in_its_url()
    {
        var email = $"jobs-attack-{Guid.NewGuid():N}@test.vn";
        await World.NewUserAsync(email, UserRole.PlatformAdmin, null, null);
        using var anonymous = World.Anonymous();
        var token = (await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestWorld.Password })).ReadAsync<JsonElement>())
            .GetProperty("accessToken").GetString()!;
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        (await browser.GetAsync("/hangfire?access_token=" + token).ProblemAsync(HttpStatusCode.Unauthorized)).Code.ShouldBe("dashboard-bearer-refused");
        (await browser.GetAsync("/hangfire/jobs/enqueued?access_token=" + token)).IsSuccessStatusCode.ShouldBeFalse();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await browser.SendAsync(request)).IsSuccessStatusCode.ShouldBeFalse();
    }

    [Fact]
    public async Task A_sensitive_cases_counselling_sessions_stay_out_of_the_log_of_a_worker_not_assigned()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Ca Kín");
        var tag = Guid.NewGuid().ToString("N")[..10];
        var colleague = $"colleague-{tag}@test.vn";
        await World.NewUserAsync(colleague, UserRole.SocialWorker, tenant.HospitalId, null);
        using var worker = await tenant.WorkerAsync();
        var today = VietnamClock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var clientId = (await (await worker.PostJsonAsync("/api/v1/clients", new { fullName = "Bé Kín " + tag, birthYear = 2015, createAnyway = true }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var caseId = (await (await worker.PostJsonAsync("/api/v1/cases", new
        {
            clientId, priority = "High", riskLevel = "High", isSensitive = true, intakeSource = "Self", presentingProblem = "Bị bạo lực",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await worker.PostJsonAsync("/api/v1/counselling-sessions", new
        {
            clientId, caseId, withRelative = true, relativeName = "Bà Kín " + tag, heldOn = today, durationMinutes = 30, topic = "Chủ đề kín " + tag,
            distressBefore = 8, distressAfter = 5,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        string[] logs = [$"/api/v1/counselling-sessions?from={today}&to={today}", $"/api/v1/counselling-sessions?clientId={clientId}"];
        using var other = await World.ClientForAsync(colleague);
        foreach (var url in logs)
        {
            var body = await (await other.GetAsync(url)).ReadAsync<JsonElement>();
            body.ToString().ShouldNotContain(tag, Case.Insensitive, url);
            body.ToString().ShouldNotContain(caseId.ToString(), Case.Insensitive, url);
        }
        // The assigned worker's log has it: the probe sees what it looks for.
        (await (await worker.GetAsync(logs[0])).ReadAsync<JsonElement>()).ToString().ShouldContain("Chủ đề kín " + tag);
    }

    [Fact]
    public async Task A_draft_and_a_returned_annual_plan_reach_no_province_route()
    {
        var tenant = await World.NewTenantAsync("Bệnh viện Kế hoạch Thử");
        using var head = await tenant.AdminAsync();
        using var officer = await tenant.OfficerAsync();
        var year = VietnamClock.Today().Year;
        var quarter = SocialWorkCloud.Application.Features.Notifications.DeadlineJobs.LastEnded(Domain.Reports.ReportPeriodKind.Quarter, VietnamClock.Today())!.Value;
        var (draft, rework) = (Guid.NewGuid().ToString("N")[..12], Guid.NewGuid().ToString("N")[..12]);
        var plan = await (await head.PostJsonAsync("/api/v1/plans", new
        {
            year, summary = "Nháp " + draft, targets = new object[] { new { text = "Mục tiêu " + draft } },
            activities = new object[] { new { title = "Hoạt động " + draft, month = 2 } },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        var planIds = new Dictionary<string, Guid> { ["planId"] = planId };

        var answers = await ProvinceReads.EveryGetAsync(factory, tenant, officer, planIds, [planId], quarter.Number);
        answers.Where(a => a.Text.Contains(draft, StringComparison.OrdinalIgnoreCase) || a.Text.Contains(planId.ToString(), StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Url).ShouldBeEmpty("a draft plan reached the province");

        plan = await (await head.PostJsonAsync($"/api/v1/plans/{planId}/submit", new { version = plan.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        plan = await (await officer.PostJsonAsync($"/api/v1/provinces/{tenant.ProvinceId}/plans/{planId}/review",
            new { decision = "Return", comment = "Thiếu hoạt động quý 3", version = plan.GetProperty("version").GetGuid() })).ReadAsync<JsonElement>();
        (await head.PutJsonAsync($"/api/v1/plans/{planId}", new
        {
            version = plan.GetProperty("version").GetGuid(), summary = "Sửa " + rework, targets = new object[] { new { text = "Mục tiêu " + rework } },
            activities = new object[] { new { title = "Hoạt động " + rework, month = 8 } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        answers = await ProvinceReads.EveryGetAsync(factory, tenant, officer, planIds, [planId], quarter.Number);
        answers.Where(a => a.Text.Contains(rework, StringComparison.OrdinalIgnoreCase)).Select(a => a.Url).ShouldBeEmpty("a returned plan's rework reached the province");
        // The officer still sees where it stands: returned, with the comment.
        answers.ShouldContain(a => a.Pattern == "/api/v1/provinces/{provinceId:guid}/plans" && a.Text.Contains("Thiếu hoạt động quý 3", StringComparison.Ordinal));
    }

    private async Task<HttpStatusCode> MeAsync(JsonElement tokens)
    {
        using var client = World.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        using var response = await client.GetAsync("/api/v1/me");
        return response.StatusCode;
    }

    /// <summary>A failed sign-in's answer, without its trace id: what an attacker compares.</summary>
    private sealed record SignInAnswer(int Status, string? Code, string? Title, string? Detail);

    private static async Task<SignInAnswer> ProblemOfAsync(HttpClient anonymous, string email, string password)
    {
        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        string? Read(string name) => problem.TryGetProperty(name, out var v) ? v.GetString() : null;
        return new SignInAnswer((int)response.StatusCode, Read("code"), Read("title"), Read("detail"));
    }

    private static async Task<HttpClient> SignInAsync(TestWorld w, string actor)
    {
        if (!actor.StartsWith("client:", StringComparison.Ordinal)) return await w.ClientForAsync(actor);
        var client = w.Anonymous();
        var token = await ApiClientTokens.RequestAsync(client, actor["client:".Length..], TestWorld.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return type == "application/pdf" ? Documents.PdfText(bytes)
            : type.Contains("spreadsheet", StringComparison.Ordinal) ? Documents.XlsxText(bytes)
            : System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A probe's request body for a replay: a file upload as declared, JSON through <paramref name="swap"/>.</summary>
    private static HttpContent? Body(object? body, string method, Func<string, string> swap) => body switch
    {
        HttpContent raw => raw,
        null when method == "GET" => null,
        _ => new StringContent(swap(JsonSerializer.Serialize(body ?? new { }, TestWorld.Json)), System.Text.Encoding.UTF8, "application/json"),
    };

    private static string ProbeText(IsolationProbe probe) =>
        probe.Url + (probe.Body is null or HttpContent ? "" : JsonSerializer.Serialize(probe.Body, TestWorld.Json));

    /// <summary>"GET /api/v1/cases/{caseId:guid}" as the document spells it: "GET /api/v1/cases/{caseId}".</summary>
    private static string Unconstrained(string route) => Constraint().Replace(route, "{$1}");

    [GeneratedRegex(@"\{([A-Za-z]+)(:[^}]*)\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidText();

    /// <summary>
    /// The two provinces' records the world arranged, read by reflection so a new area's records are probed without edits: a
    /// Guid property ending in A/1 is province 1's, in B/2 province 2's (an area's A and B records likewise), paired by name.
    /// </summary>
    private sealed class Ids
    {
        private readonly Dictionary<Guid, (int Side, string Name)> _known = [];
        private readonly Dictionary<Guid, Guid> _counterpart = [];
        private readonly Dictionary<string, (Guid One, Guid Two)> _byQueryName = new(StringComparer.OrdinalIgnoreCase);

        public void Add(string owner, string name, Guid one, Guid two, string? queryName)
        {
            if (one != Guid.Empty) _known.TryAdd(one, (1, $"{owner}.{name} of province 1"));
            if (two != Guid.Empty) _known.TryAdd(two, (2, $"{owner}.{name} of province 2"));
            if (one == Guid.Empty || two == Guid.Empty) return;
            _counterpart.TryAdd(one, two);
            _counterpart.TryAdd(two, one);
            if (queryName is not null) _byQueryName.TryAdd(queryName, (one, two));
        }

        public IEnumerable<Guid> OfSide(int side) => _known.Where(k => k.Value.Side == side).Select(k => k.Key);

        public string Name(Guid id) => _known[id].Name;

        /// <summary>The province whose records the text names (1 or 2); 0 for none or both.</summary>
        public int SideOf(string text)
        {
            var sides = GuidText().Matches(text).Select(m => Guid.Parse(m.Value)).Where(_known.ContainsKey).Select(g => _known[g].Side).Distinct().ToList();
            return sides.Count == 1 ? sides[0] : 0;
        }

        public bool CanMirror(string text) =>
            GuidText().Matches(text).Select(m => Guid.Parse(m.Value)).Where(_known.ContainsKey).All(_counterpart.ContainsKey);

        /// <summary>The text with each known record swapped for the other province's counterpart.</summary>
        public string Mirror(string text) =>
            GuidText().Replace(text, m => _counterpart.TryGetValue(Guid.Parse(m.Value), out var other) ? other.ToString() : m.Value);

        public Guid? ForQuery(string name, int side) =>
            _byQueryName.TryGetValue(name, out var pair) ? side == 1 ? pair.One : pair.Two : null;
    }

    private static Ids Harvest(TestWorld w)
    {
        var ids = new Ids();
        ids.Add("world", "Province", w.Province1, w.Province2, "provinceId");
        ids.Add("world", "Hospital", w.HospitalA, w.HospitalB, "facilityId");
        ids.Add("world", "Cdc", w.CdcA, w.CdcB, null);
        ids.Add("world", "UnitChange", w.ChangeA, w.ChangeB, null);
        ids.Add("world", "Worker", w.WorkerA, w.WorkerB, "userId");
        ids.Add("world", "ApiClient", w.ClientA, w.ClientB, null);
        ids.Add("world", "Station", w.StationA, Guid.Empty, null);
        var area = typeof(TestWorld).GetMethod(nameof(TestWorld.Area))!;
        foreach (var type in RouteGuards.Declaring<IAreaWorld>())
        {
            var world = area.MakeGenericMethod(type).Invoke(w, null)!;
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            Guid Read(object? o, PropertyInfo? p) => o is not null && p?.GetValue(o) is Guid g ? g : Guid.Empty;
            if (type.GetProperty("A") is { } a && type.GetProperty("B") is { } b)
            {
                var (one, two) = (a.GetValue(world), b.GetValue(world));
                foreach (var field in a.PropertyType.GetProperties().Where(f => f.PropertyType == typeof(Guid)))
                {
                    var query = char.ToLowerInvariant(field.Name[0]) + field.Name[1..] + (field.Name.EndsWith("Id", StringComparison.Ordinal) ? "" : "Id");
                    ids.Add(type.Name, field.Name, Read(one, field), Read(two, field), query);
                }
            }
            foreach (var single in properties.Where(p => p.PropertyType == typeof(Guid)))
            {
                var name = single.Name;
                var side = name.EndsWith('A') || name.EndsWith('1') ? 1 : name.EndsWith('B') || name.EndsWith('2') ? 2 : 0;
                if (side == 0) continue;
                var stem = name[..^1];
                var pair = type.GetProperty(stem + (side == 1 ? (name.EndsWith('A') ? "B" : "2") : (name.EndsWith('B') ? "A" : "1")));
                if (side == 1) ids.Add(type.Name, stem, Read(world, single), Read(world, pair), null);
                else if (pair is null) ids.Add(type.Name, stem, Guid.Empty, Read(world, single), null);
            }
        }
        return ids;
    }
}

[Collection(PostgresProbeCollection.Name)]
public sealed class AttackerProbeRerunOnPostgres(PostgresApiFactory factory, ITestOutputHelper output) : AttackerProbeRerunTests(factory, output);

[Collection(SqliteProbeCollection.Name)]
public sealed class AttackerProbeRerunOnSqlite(SqliteApiFactory factory, ITestOutputHelper output) : AttackerProbeRerunTests(factory, output);
