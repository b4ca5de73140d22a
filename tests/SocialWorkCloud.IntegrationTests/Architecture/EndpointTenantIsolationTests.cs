using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Architecture;

/// <summary>
/// Enumerates every endpoint from the endpoint data source and, for each route that takes an id,
/// proves that callers of facility A (and province 1) get 404 for facility B's (province 2's)
/// records, and that nothing is written. A new route with an id fails until it has probes here.
/// </summary>
public abstract class EndpointTenantIsolationTests(ApiFactory factory)
{
    /// <param name="Actor">Who calls: a user email, or "client:" + an API client id.</param>
    /// <param name="Expected">404 by default; 403 only where the actor lacks the permission for any record.</param>
    private sealed record Probe(string Actor, string Url, object? Body = null, HttpStatusCode Expected = HttpStatusCode.NotFound);

    private static readonly Dictionary<string, Func<TestWorld, Probe[]>> Probes = new()
    {
        ["GET /api/v1/provinces/{provinceId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province2}"),
            new("client:" + w.ClientIdA, $"/api/v1/provinces/{w.Province2}"),
        ],
        ["GET /api/v1/facilities/{facilityId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/facilities/{w.CdcA}"),
            new(TestWorld.CollaboratorA, $"/api/v1/facilities/{w.HospitalB}"),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}"),
            new("client:" + w.ClientIdA, $"/api/v1/facilities/{w.HospitalB}"),
        ],
        ["PUT /api/v1/facilities/{facilityId:guid}"] = w =>
        [
            // Only platform admins edit the registry; everybody else is refused for every facility alike.
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}", FacilityEdit(), HttpStatusCode.Forbidden),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}", FacilityEdit(), HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/unit-history", UnitChange()),
            new(TestWorld.AdminB, $"/api/v1/facilities/{w.HospitalA}/unit-history", UnitChange()),
            new("client:" + w.ClientIdA, $"/api/v1/facilities/{w.HospitalB}/unit-history", UnitChange()),
        ],
        ["POST /api/v1/facilities/{facilityId:guid}/unit-history/{changeId:guid}/corrections"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/unit-history/{w.ChangeB}/corrections", Correction()),
            // Own facility in the route, another tenant's entry id: still not found.
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalA}/unit-history/{w.ChangeB}/corrections", Correction()),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis"),
            new(TestWorld.Officer2, $"/api/v1/provinces/{w.Province1}/kpis"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis/trend"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/trend"),
        ],
        ["POST /api/v1/provinces/{provinceId:guid}/kpis/recompute"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/recompute", new { asOf = "2025-12-31" }),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/kpis/runs/{runId:guid}"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/kpis/runs/{w.RunProvince2}"),
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province1}/kpis/runs/{w.RunProvince2}"),
        ],
        ["GET /api/v1/facilities/{facilityId:guid}/kpis"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/facilities/{w.HospitalB}/kpis"),
            new(TestWorld.WorkerAEmail, $"/api/v1/facilities/{w.CdcA}/kpis"),
            new(TestWorld.Officer1, $"/api/v1/facilities/{w.HospitalB}/kpis"),
        ],
        ["POST /api/v1/users/{userId:guid}/deactivate"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/users/{w.WorkerB}/deactivate"),
        ],
        ["POST /api/v1/api-clients/{apiClientId:guid}/revoke"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/api-clients/{w.ClientB}/revoke"),
            new(TestWorld.AdminB, $"/api/v1/api-clients/{w.ClientA}/revoke"),
        ],
        ["GET /api/v1/clients/{clientId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesB.ClientId}"),
            new(TestWorld.AdminA, $"/api/v1/clients/{w.CasesB.ClientId}"),
            new(TestWorld.Officer1, $"/api/v1/clients/{w.CasesA.ClientId}", Expected: HttpStatusCode.Forbidden),
        ],
        ["POST /api/v1/clients/{clientId:guid}/merge"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/clients/{w.CasesB.ClientId}/merge", new { duplicateId = w.CasesA.ClientId, version = Guid.NewGuid() }),
            // Own client kept, another tenant's client as the duplicate: still not found.
            new(TestWorld.AdminA, $"/api/v1/clients/{w.CasesA.ClientId}/merge", new { duplicateId = w.CasesB.ClientId, version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/cases/{caseId:guid}"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}"),
            new(TestWorld.AdminA, $"/api/v1/cases/{w.CasesB.CaseId}"),
            // A collaborator of the same facility sees only cases assigned to them.
            new(TestWorld.CollaboratorA, $"/api/v1/cases/{w.CasesA.CaseId}"),
        ],
        ["PUT /api/v1/cases/{caseId:guid}"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/{w.CasesB.CaseId}", new { assignedWorkerId = w.WorkerA, priority = "Low", riskLevel = "Low", isSensitive = false, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/transitions"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/transitions", new { toStage = "Assessment", version = Guid.NewGuid() }),
            new(TestWorld.CollaboratorA, $"/api/v1/cases/{w.CasesA.CaseId}/transitions", new { toStage = "Assessment", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/assessments"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/assessments", new { assessedOn = "2025-01-01", riskLevel = "Low" }),
        ],
        ["PUT /api/v1/cases/{caseId:guid}/plan"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/plan", new { goals = new[] { new { goal = "x" } }, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/approval-requests"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/approval-requests", new { subject = "Closure", closingReason = "x", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/approval-decisions"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/{w.CasesB.CaseId}/approval-decisions", new { subject = "Plan", approve = true, version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/reopen"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/reopen", new { reason = "x", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/services"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/services", new { type = "Meals", deliveredOn = "2025-01-01", provider = "x", quantity = 1, valueVnd = 1000 }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/notes"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/notes", new { text = "x" }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/tasks"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/tasks", new { title = "x", dueOn = "2030-01-01" }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/tasks/{taskId:guid}/done"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/tasks/{w.CasesB.TaskId}/done"),
            // Own case, another tenant's task.
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/tasks/{w.CasesB.TaskId}/done"),
        ],
        ["GET /api/v1/provinces/{provinceId:guid}/case-figures"] = w =>
        [
            new(TestWorld.Officer1, $"/api/v1/provinces/{w.Province2}/case-figures"),
            new(TestWorld.AdminA, $"/api/v1/provinces/{w.Province1}/case-figures", Expected: HttpStatusCode.Forbidden),
        ],
        ["GET /api/v1/cases/{caseId:guid}/referrals"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/referrals"),
        ],
        ["POST /api/v1/cases/{caseId:guid}/referrals"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/referrals", new { target = "ExternalAgency", agencyKind = "Police", agencyName = "Công an", reason = "x", sentOn = "2025-01-01", sharesPersonalData = false }),
        ],
        ["POST /api/v1/cases/{caseId:guid}/referrals/{referralId:guid}/status"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesB.CaseId}/referrals/{w.CasesB.ReferralId}/status", new { status = "Completed", outcome = "x", version = Guid.NewGuid() }),
            new(TestWorld.WorkerAEmail, $"/api/v1/cases/{w.CasesA.CaseId}/referrals/{w.CasesB.ReferralId}/status", new { status = "Completed", outcome = "x", version = Guid.NewGuid() }),
        ],
        ["GET /api/v1/referrals/inbox/{referralId:guid}"] = w =>
        [
            // Neither a third facility nor the sender reads a package through the receiver's inbox.
            new(TestWorld.WorkerAEmail, $"/api/v1/referrals/inbox/{w.CasesB.ReferralId}"),
            new(TestWorld.WorkerAEmail, $"/api/v1/referrals/inbox/{w.CasesA.ReferralId}"),
        ],
        ["POST /api/v1/referrals/inbox/{referralId:guid}/answer"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/referrals/inbox/{w.CasesB.ReferralId}/answer", new { accept = false, declineReason = "x", version = Guid.NewGuid() }),
            new(TestWorld.AdminA, $"/api/v1/referrals/inbox/{w.CasesA.ReferralId}/answer", new { accept = false, declineReason = "x", version = Guid.NewGuid() }),
        ],
        ["POST /api/v1/clients/{clientId:guid}/consents"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesB.ClientId}/consents", new { purpose = "PersonalDataProcessing", givenBy = "Client", givenOn = "2025-01-01" }),
        ],
        ["POST /api/v1/clients/{clientId:guid}/consents/{consentId:guid}/withdraw"] = w =>
        [
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesB.ClientId}/consents/{w.CasesB.ConsentId}/withdraw", new { withdrawnOn = "2025-06-01" }),
            new(TestWorld.WorkerAEmail, $"/api/v1/clients/{w.CasesA.ClientId}/consents/{w.CasesB.ConsentId}/withdraw", new { withdrawnOn = "2025-06-01" }),
        ],
        ["POST /api/v1/cases/alerts/{alertId:guid}/acknowledge"] = w =>
        [
            new(TestWorld.AdminA, $"/api/v1/cases/alerts/{w.CasesB.AlertId}/acknowledge"),
        ],
    };

    private static object FacilityEdit() => new
    {
        version = Guid.NewGuid(), name = "Đổi tên", type = "PublicHospital", ownership = "Public", medicalStaffCount = 10,
    };

    private static object UnitChange() => new { status = "Department", effectiveDate = "2024-01-15", decisionNumber = "QĐ 9/QĐ-X", headcount = 5 };

    private static object Correction() => new { reason = "sai ngày", retract = true, status = "Team", effectiveDate = "2019-01-01", headcount = 1 };

    [Fact]
    public void Every_route_with_an_id_has_probes()
    {
        var routes = RoutesWithIds();
        routes.Count.ShouldBeGreaterThanOrEqualTo(12, "the endpoint data source should list the API's routes");
        var missing = routes.Where(r => !Probes.ContainsKey(r)).ToList();
        missing.ShouldBeEmpty("Add tenant-isolation probes for these routes: " + string.Join(", ", missing));
        var stale = Probes.Keys.Where(k => !routes.Contains(k)).ToList();
        stale.ShouldBeEmpty("Probes for routes that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Every_route_with_an_id_answers_404_for_another_tenants_record_and_writes_nothing()
    {
        var world = factory.World;
        var before = await ApiSurface.FingerprintAsync(factory);
        var failures = new List<string>();

        foreach (var route in RoutesWithIds())
        {
            if (!Probes.TryGetValue(route, out var probes)) continue;
            var method = new HttpMethod(route.Split(' ')[0]);
            foreach (var probe in probes(world))
            {
                using var client = await ClientForAsync(world, probe.Actor);
                using var request = new HttpRequestMessage(method, probe.Url);
                if (probe.Body is not null || method != HttpMethod.Get) request.Content = JsonContent(probe.Body ?? new { });
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != probe.Expected)
                {
                    failures.Add($"{route} as {probe.Actor}: expected {(int)probe.Expected}, got {(int)response.StatusCode} {body}");
                }
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route} as {probe.Actor}: not a ProblemDetails ({response.Content.Headers.ContentType})");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before, "a refused request wrote something");
    }

    private List<string> RoutesWithIds() =>
        ApiSurface.Routes(factory).Where(r => r.ParameterCount > 0).Select(r => r.ToString()).ToList();

    private async Task<HttpClient> ClientForAsync(TestWorld world, string actor)
    {
        if (!actor.StartsWith("client:", StringComparison.Ordinal)) return await world.ClientForAsync(actor);
        var client = world.Anonymous();
        var token = await ApiClientTokens.RequestAsync(client, actor["client:".Length..], TestWorld.ClientSecret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, TestWorld.Json), System.Text.Encoding.UTF8, "application/json");
}

[Collection(PostgresCollection.Name)]
public sealed class EndpointTenantIsolationOnPostgres(PostgresApiFactory factory) : EndpointTenantIsolationTests(factory);

[Collection(SqliteCollection.Name)]
public sealed class EndpointTenantIsolationOnSqlite(SqliteApiFactory factory) : EndpointTenantIsolationTests(factory);
