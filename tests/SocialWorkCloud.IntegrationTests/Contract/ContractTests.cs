using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Contract;

/// <summary>
/// The API refuses what its document refuses (issue 19): unknown body properties, enum query values
/// given as numbers; binding errors name the field in <c>errors</c> and say what was expected in words.
/// (Every response of the suite is also checked against the document: <see cref="ResponseContractHandler"/>.)
/// </summary>
public abstract class ContractTests(ApiFactory factory)
{
    private TestWorld World => factory.World;

    [Fact]
    public async Task An_unknown_body_property_is_refused_with_400_naming_it_and_nothing_is_created()
    {
        using var client = await World.ClientForAsync(TestWorld.AdminA);
        var before = await ApiSurface.FingerprintAsync(factory);
        using var content = new StringContent("""{"name":"HIS","scopes":["read"],"isAdmin":true}""", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/api-clients", content);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("unknown-property");
        problem.GetProperty("errors").TryGetProperty("isAdmin", out _).ShouldBeTrue(problem.ToString());
        (await ApiSurface.FingerprintAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task A_nested_unknown_property_is_named_with_its_path()
    {
        using var client = await World.ClientForAsync(TestWorld.WorkerAEmail);
        using var content = new StringContent("""{"goals":[{"goal":"x","colour":"red"}],"version":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}""", Encoding.UTF8, "application/json");
        var response = await client.PutAsync($"/api/v1/cases/{Guid.NewGuid()}/plan", content);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("unknown-property");
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        errors.ShouldHaveSingleItem().ShouldEndWith("colour");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("99")]
    public async Task An_enum_query_value_given_as_a_number_is_refused(string value)
    {
        using var client = await World.ClientForAsync(TestWorld.WorkerAEmail);
        var response = await client.GetAsync($"/api/v1/cases?stage={value}");
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("stage")[0].GetString()!;
        message.ShouldContain("Intake");
        (await client.GetAsync("/api/v1/cases?stage=Intake")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_kind_says_what_was_expected_in_words()
    {
        using var client = await World.ClientForAsync(TestWorld.WorkerAEmail);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var response = await client.GetAsync("/api/v1/cases?stage=Nowhere");
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var text = problem.ToString();
        text.ShouldNotContain("Nullable");
        text.ShouldNotContain("CaseStage");
        problem.GetProperty("errors").GetProperty("stage")[0].GetString()!.ShouldContain("expected one of: Intake");
    }

    [Fact]
    public async Task A_body_value_of_the_wrong_type_is_named_in_errors()
    {
        using var client = await World.ClientForAsync(TestWorld.WorkerAEmail);
        using var content = new StringContent("""{"goals":[{"goal":"x","plannedService":"Teleport"}],"version":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}""", Encoding.UTF8, "application/json");
        var response = await client.PutAsync($"/api/v1/cases/{Guid.NewGuid()}/plan", content);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("goals[0].plannedService", out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public void The_response_contract_catches_a_body_that_breaks_its_schema()
    {
        var contract = factory.Contract;
        var uri = new Uri("http://localhost/api/v1/me");
        contract.Check("GET", uri, 200, "application/json", null, """{"kind":12}""").ShouldNotBeEmpty();
        contract.Check("GET", uri, 418, "application/json", null, "{}").ShouldHaveSingleItem().ShouldContain("not documented");
        contract.Check("GET", new Uri("http://localhost/api/v1/auth/no-such"), 200, "application/json", null, "{}").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_document_marks_sign_in_and_public_pages_as_needing_no_token()
    {
        using var client = World.Anonymous();
        var doc = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        doc["security"].ShouldBeNull("no global requirement: each operation says what it needs");
        var paths = doc["paths"]!.AsObject();
        foreach (var (path, item) in paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var secured = operation!["security"] is JsonArray { Count: > 0 };
                var open = path.StartsWith("/api/v1/auth/", StringComparison.Ordinal) || path.StartsWith("/api/v1/public/", StringComparison.Ordinal);
                secured.ShouldBe(!open, $"{method} {path}");
                (operation["description"]?.GetValue<string>()).ShouldNotBeNullOrWhiteSpace($"{method} {path} has no description");
            }
        }
        paths["/api/v1/auth/login"]!["post"]!["responses"]!["429"]!["headers"]!["Retry-After"].ShouldNotBeNull();
        paths["/api/v1/auth/logout"]!["post"]!["responses"]!["400"].ShouldNotBeNull();
        paths["/api/v1/fundraising/entries/{entryId}/receipt"]!["get"]!["responses"]!["200"]!["content"]!["application/pdf"].ShouldNotBeNull();
        doc["servers"]!.AsArray().ShouldNotBeEmpty();
        doc["info"]!["contact"].ShouldNotBeNull();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContractOnSqlite(SqliteApiFactory factory) : ContractTests(factory);
