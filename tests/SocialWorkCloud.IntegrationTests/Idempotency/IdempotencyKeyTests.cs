using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Common.Idempotency;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Idempotency;

/// <summary>
/// Idempotency-Key on the POSTs an API client may call (one endpoint filter): a retry is answered from the
/// first time, another request under the key is 422, racing twins run once.
/// </summary>
public abstract class IdempotencyKeyTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    private async Task<(HttpClient Client, Tenant Tenant)> IntegratorAsync()
    {
        var tenant = await World.NewTenantAsync();
        var clientId = $"his_{Guid.NewGuid():N}";
        await World.NewApiClientAsync(clientId, tenant.HospitalId, null);
        var his = World.Anonymous();
        his.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiClientTokens.RequestAsync(his, clientId, TestWorld.ClientSecret));
        return (his, tenant);
    }

    private static object Donor(string name) => new { kind = "Individual", name, isAnonymousInPublic = false };

    private static Task<HttpResponseMessage> PostDonorAsync(HttpClient client, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/fundraising/donors")
        {
            Content = new StringContent(JsonSerializer.Serialize(body, TestWorld.Json), System.Text.Encoding.UTF8, "application/json"),
        };
        if (key is not null) request.Headers.Add(IdempotencyFilter.Header, key);
        return client.SendAsync(request);
    }

    private static async Task<int> DonorCountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/fundraising/donors?pageSize=100")).ReadAsync<JsonElement>()).GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task The_same_key_and_body_is_answered_from_the_first_time_with_its_status_body_and_location()
    {
        var (his, _) = await IntegratorAsync();
        using var _his = his;
        var key = Guid.NewGuid().ToString();
        var first = await PostDonorAsync(his, Donor("Công ty Bình An"), key);
        var firstBody = await first.ReadAsync<JsonElement>(HttpStatusCode.Created);
        first.Headers.Contains(IdempotencyFilter.ReplayedHeader).ShouldBeFalse();

        var again = await PostDonorAsync(his, Donor("Công ty Bình An"), key);
        var againBody = await again.ReadAsync<JsonElement>(HttpStatusCode.Created);
        againBody.GetProperty("id").GetGuid().ShouldBe(firstBody.GetProperty("id").GetGuid());
        againBody.GetProperty("name").GetString().ShouldBe("Công ty Bình An");
        again.Headers.Location.ShouldBe(first.Headers.Location);
        again.Headers.GetValues(IdempotencyFilter.ReplayedHeader).ShouldBe(["true"]);
        (await DonorCountAsync(his)).ShouldBe(1);

        // Without a key every POST runs.
        (await PostDonorAsync(his, Donor("Công ty Bình An"), null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await DonorCountAsync(his)).ShouldBe(2);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_with_422_and_writes_nothing()
    {
        var (his, _) = await IntegratorAsync();
        using var _his = his;
        var key = "donor-" + Guid.NewGuid();
        (await PostDonorAsync(his, Donor("Ông Trần Văn Một"), key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var problem = await (await PostDonorAsync(his, Donor("Bà Lê Thị Hai"), key)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("code").GetString().ShouldBe("idempotency-key-body-mismatch");
        (await DonorCountAsync(his)).ShouldBe(1);
    }

    [Fact]
    public async Task Twins_sent_at_once_with_one_key_run_once_and_the_others_get_the_stored_answer_or_409()
    {
        var (his, _) = await IntegratorAsync();
        using var _his = his;
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostDonorAsync(his, Donor("Quỹ Từ Tâm"), key)));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Conflict);
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        created.ShouldNotBeEmpty();
        var ids = new HashSet<Guid>();
        foreach (var r in created) ids.Add((await r.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        ids.Count.ShouldBe(1);
        (await DonorCountAsync(his)).ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_request_is_not_stored_so_its_retry_runs()
    {
        var (his, _) = await IntegratorAsync();
        using var _his = his;
        var key = Guid.NewGuid().ToString();
        (await PostDonorAsync(his, new { kind = "Individual", name = "", isAnonymousInPublic = false }, key)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostDonorAsync(his, Donor("Ông Nguyễn Văn Ba"), key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await DonorCountAsync(his)).ShouldBe(1);
    }

    [Fact]
    public async Task Keys_of_different_callers_never_meet_and_a_bad_key_is_400()
    {
        var (a, _) = await IntegratorAsync();
        var (b, _) = await IntegratorAsync();
        using var _a = a;
        using var _b = b;
        var key = "shared-" + Guid.NewGuid();
        (await PostDonorAsync(a, Donor("Nhà hảo tâm A"), key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await PostDonorAsync(b, Donor("Nhà hảo tâm B"), key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await DonorCountAsync(b)).ShouldBe(1);

        var problem = await (await PostDonorAsync(a, Donor("Nhà hảo tâm C"), new string('k', IdempotencyFilter.MaxKeyLength + 1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("validation-failed");
        problem.GetProperty("errors").EnumerateObject().ShouldContain(e => e.Name.Equals(IdempotencyFilter.Header, StringComparison.OrdinalIgnoreCase), problem.ToString());
    }

    [Fact]
    public void Every_POST_an_API_client_may_call_takes_the_key_and_no_other()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var names = endpoints.Where(IdempotentOperations.AppliesTo)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).ToHashSet();
        names.ShouldContain("CreateDonor");
        names.ShouldContain("RecordCashReceipt");
        names.ShouldContain("RecordUnitStatusChange");
        names.ShouldContain("RequestKpiRecompute");
        // The tally keeps its own handling (its answer says "replayed"); portal-only and anonymous POSTs take none.
        names.ShouldNotContain("RecordTallies");
        names.ShouldNotContain("CreateApiClient");
        names.ShouldNotContain("ApproveDistribution");
        names.ShouldNotContain("Login");
    }
}

public sealed class IdempotencyKeyOnPostgres(SharedPostgres api) : IdempotencyKeyTests(api.Factory), IClassFixture<SharedPostgres>;

public sealed class IdempotencyKeyOnSqlite(SharedSqlite api) : IdempotencyKeyTests(api.Factory), IClassFixture<SharedSqlite>;
